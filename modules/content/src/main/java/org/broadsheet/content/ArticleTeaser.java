package org.broadsheet.content;

import java.time.Instant;
import org.broadsheet.people.Author;

/** A published article as the front page lists it. */
public record ArticleTeaser(String slug, String headline, String standfirst, Author byline, Instant publishedAt,
        Instant updatedAt) {
}
