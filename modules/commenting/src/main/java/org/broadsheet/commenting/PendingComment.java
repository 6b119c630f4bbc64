package org.broadsheet.commenting;

import java.time.Instant;

/** A comment waiting for a moderator, with the article it was left on. */
public record PendingComment(long id, long articleId, String articleHeadline, String authorName, String authorEmail,
        Instant postedAt, String body) {
}
