package org.broadsheet.commenting;

/**
 * Where a comment stands. It is PENDING while it waits for an editor, APPROVED once shown (by an editor, or at once
 * when the house rules let it through), REJECTED by an editor or a banned word, SPAM when it came from a bot (it
 * filled in a field people cannot see). Only APPROVED ones are shown.
 */
public enum CommentStatus {
    PENDING,
    APPROVED,
    REJECTED,
    SPAM
}
