package org.broadsheet.commenting;

/** A comment just posted: its id, and whether it is shown at once, waits for an editor, or was refused by a rule. */
public record PostedComment(long id, CommentStatus status) {

    public boolean published() {
        return status == CommentStatus.APPROVED;
    }
}
