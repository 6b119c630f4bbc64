package org.broadsheet.commenting;

import java.time.Instant;

/**
 * A comment in a thread as readers see it: the email address is never part of it. {@code accountId} is the
 * commenter's account, for their picture; null for a guest. {@code parentId} is the comment it answers (null for a
 * thread's first) and {@code depth} how deep it sits (0 to {@link Comments#MAX_DEPTH}). A comment readers may not
 * read ({@link #shown()} other than SHOWN) keeps its place in the thread with no name, text or picture.
 */
public record PublishedComment(long id, Long parentId, int depth, String authorName, Long accountId, Instant postedAt,
        Instant editedAt, String body, int likes, boolean picked, Shown shown) {

    /** Whether readers may read a comment that was once shown. */
    public enum Shown {
        SHOWN,
        REMOVED_BY_AUTHOR,
        REMOVED_BY_MODERATOR,
        HIDDEN_BY_REPORTS,
        /** A thread's first comment no longer shown (waiting again, or withdrawn) whose replies still are. */
        NOT_SHOWN
    }

    public PublishedComment {
        if (shown != Shown.SHOWN) {
            // Withheld here, so no page can show what was taken down.
            authorName = "";
            accountId = null;
            body = "";
            picked = false;
        }
    }

    public boolean edited() {
        return editedAt != null;
    }
}
