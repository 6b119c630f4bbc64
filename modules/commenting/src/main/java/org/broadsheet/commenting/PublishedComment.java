package org.broadsheet.commenting;

import java.time.Instant;

/**
 * An approved comment as readers see it: the email address is never part of it. {@code accountId} is the
 * commenter's account, for their picture; null for a guest.
 */
public record PublishedComment(long id, String authorName, Long accountId, Instant postedAt, String body) {
}
