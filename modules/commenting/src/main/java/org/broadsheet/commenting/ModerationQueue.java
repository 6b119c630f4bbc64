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

    /** Shown comments readers reported since a moderator last looked, the most reported first. */
    List<ReportedComment> reported(int offset, int limit);

    long countReported();

    /** The reports are heard and the comment stays (shown again if they hid it); reports from now on do not hide it. */
    void keep(long commentId);

    /** Takes a shown comment down: "removed by a moderator" keeps its place in the thread. */
    void remove(long commentId);

    /** Marks a shown comment as an editors' pick, or no longer. */
    void pick(long commentId, boolean picked);
}
