package org.broadsheet.people;

/** The mail a person may choose to get (see {@link MailChoices}); each such mail says how to stop it. */
public enum MailTopic {
    /** Someone replied to one of their comments. */
    REPLIES("mail about replies to your comments"),
    /** For those who moderate: a daily list of the comments waiting. */
    MODERATION_DIGEST("the daily moderation digest");

    private final String description;

    MailTopic(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
