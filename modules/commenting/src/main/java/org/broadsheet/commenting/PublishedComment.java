package org.broadsheet.commenting;

import java.time.Instant;

/** An approved comment as readers see it: the email address is never part of it. */
public record PublishedComment(long id, String authorName, Instant postedAt, String body) {
}
