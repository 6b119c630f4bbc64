package org.broadsheet.people;

/**
 * What a person asked to be mailed. Nothing is mailed unless they ask, and every such mail says how to stop it.
 *
 * @param replies when someone replies to one of their comments
 * @param moderationDigest (editors) a daily list of the comments waiting for moderation
 */
public record MailChoices(boolean replies, boolean moderationDigest) {

    public static final MailChoices NONE = new MailChoices(false, false);
}
