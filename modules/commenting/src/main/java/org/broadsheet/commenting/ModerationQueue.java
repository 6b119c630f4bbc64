package org.broadsheet.commenting;

import java.util.List;

/** The editors' side of commenting. Every operation needs the editor or admin role. */
public interface ModerationQueue {

    /** Pending comments, oldest first, so nobody waits longest. */
    List<PendingComment> pending(int offset, int limit);

    long countPending();

    void approve(long commentId);

    void reject(long commentId);
}
