package org.broadsheet.commenting;

/** A comment waits as PENDING until an editor approves or rejects it; only APPROVED ones are shown. */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED
}
