package org.broadsheet.commenting;

import java.util.List;

/** The editors' side of commenting. Every operation needs the editor or admin role. */
public interface ModerationQueue {

    /** Pending comments, oldest first, so nobody waits longest. */
    List<PendingComment> pending(int offset, int limit);

    long countPending();

    /**
     * Shows the comment to readers. A comment is moderated once: if another decision came first, even at
     * the same moment, this one is refused with {@link CommentAlreadyModeratedException}.
     */
    void approve(long commentId);

    /** Keeps the comment from readers for good; refused like {@link #approve} if it was decided already. */
    void reject(long commentId);
}
