package org.broadsheet.content;

import java.time.Instant;

/** One line of the editors' article list. */
public record ArticleRow(long id, String headline, String slug, ArticleStatus status, String byline,
        Instant updatedAt, Instant publishedAt) {
}
