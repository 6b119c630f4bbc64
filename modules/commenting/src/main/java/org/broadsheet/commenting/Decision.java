package org.broadsheet.commenting;

/** What a moderator decides about a pending comment. */
public enum Decision {
    APPROVE(CommentStatus.APPROVED),
    REJECT(CommentStatus.REJECTED),
    /** Rejected as a bot's or an advertiser's: kept apart, so the spam tab shows what the rules missed. */
    SPAM(CommentStatus.SPAM);

    private final CommentStatus status;

    Decision(CommentStatus status) {
        this.status = status;
    }

    public CommentStatus status() {
        return status;
    }
}
