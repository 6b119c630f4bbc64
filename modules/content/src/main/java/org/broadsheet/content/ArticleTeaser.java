package org.broadsheet.content;

import java.time.Instant;

/** A published article as the front page lists it. */
public record ArticleTeaser(String slug, String headline, String standfirst, String byline, Instant publishedAt,
        Instant updatedAt) {
}
