package org.broadsheet.content;

import java.time.Instant;
import java.util.List;
import org.broadsheet.people.Author;

/**
 * A published article as the front page lists it; {@code bylines} name the lead author first; {@code hero} is the
 * picture it opens with, or null.
 */
public record ArticleTeaser(String slug, String headline, String standfirst, List<Author> bylines, Instant publishedAt,
        Instant updatedAt, Hero hero) {

    public ArticleTeaser {
        bylines = List.copyOf(bylines);
    }
}
