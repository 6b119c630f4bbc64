package org.broadsheet.content;

import java.time.Instant;

/**
 * Which published articles a list shows: those in a section, filed under a topic, signed by an author (an
 * account id), published after a moment, or any of these at once; {@code null} leaves that part open.
 */
public record ArticleFilter(String sectionSlug, String topicSlug, Long authorId, Instant publishedAfter) {

    /** Every published article. */
    public static final ArticleFilter ALL = new ArticleFilter(null, null, null, null);

    public static ArticleFilter topic(String slug) {
        return ALL.inTopic(slug);
    }

    public static ArticleFilter since(Instant moment) {
        return ALL.publishedAfter(moment);
    }

    public ArticleFilter inSection(String slug) {
        return new ArticleFilter(slug, topicSlug, authorId, publishedAfter);
    }

    public ArticleFilter inTopic(String slug) {
        return new ArticleFilter(sectionSlug, slug, authorId, publishedAfter);
    }

    public ArticleFilter by(Long accountId) {
        return new ArticleFilter(sectionSlug, topicSlug, accountId, publishedAfter);
    }

    public ArticleFilter publishedAfter(Instant moment) {
        return new ArticleFilter(sectionSlug, topicSlug, authorId, moment);
    }
}
