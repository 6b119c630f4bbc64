package org.broadsheet.people;

/**
 * Fired (as a CDI event) for everyone who moderates and chose the moderation digest: each gets it, with a link that
 * stops it. {@code path} is the site-relative address of what it tells of, as in {@link ChosenMail}.
 */
public record ModeratorsMail(String subject, String body, String path) {
}
