package org.broadsheet.content;

import java.time.Instant;

/** Where a published article is, and when it last changed: a line of the sitemap. */
public record ArticleAddress(String slug, Instant updatedAt) {
}
