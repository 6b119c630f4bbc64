package org.broadsheet.commenting;

import java.time.Instant;
import java.util.List;

/** A comment waiting for a moderator, with the article it was left on and why it waits. */
public record PendingComment(long id, long articleId, String articleHeadline, String authorName, String authorEmail,
        Instant postedAt, String body, List<String> heldBecause) {
}
