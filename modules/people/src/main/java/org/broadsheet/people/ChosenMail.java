package org.broadsheet.people;

/**
 * Fired (as a CDI event, in the transaction of what it tells of) by a module with news for one person: mailed only
 * if they chose this topic, with a link that stops it. Mail exists exactly when what it tells of does.
 *
 * @param body plain text; the link to what it tells of and the footer that says how to stop it are added
 * @param path the site-relative address of what it tells of (e.g. {@code articles/some-slug#comment-12})
 */
public record ChosenMail(long accountId, MailTopic topic, String subject, String body, String path) {
}
