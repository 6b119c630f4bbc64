package org.broadsheet.commenting;

/** The moderators' views of the comments: what waits, what readers reported, and what was decided. */
public enum QueueTab {
    /** Waiting for a decision, oldest first, so nobody waits longest. */
    PENDING("Pending"),
    /** Shown comments readers reported since a moderator last looked, the most reported first. */
    REPORTED("Reported"),
    /** Shown (or taken down after being shown), newest first. */
    APPROVED("Approved"),
    REJECTED("Rejected"),
    SPAM("Spam");

    private final String label;

    QueueTab(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
