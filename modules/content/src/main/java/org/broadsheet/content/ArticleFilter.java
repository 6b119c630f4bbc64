package org.broadsheet.content;

import java.time.Instant;

/**
 * Which published articles a list shows: those filed under a topic, those published after a moment, or both;
 * {@code null} leaves that part open.
 */
public record ArticleFilter(String topicSlug, Instant publishedAfter) {

    /** Every published article. */
    public static final ArticleFilter ALL = new ArticleFilter(null, null);

    public static ArticleFilter topic(String slug) {
        return new ArticleFilter(slug, null);
    }

    public static ArticleFilter since(Instant moment) {
        return new ArticleFilter(null, moment);
    }
}
