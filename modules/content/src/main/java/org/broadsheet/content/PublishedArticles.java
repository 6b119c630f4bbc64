package org.broadsheet.content;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What any reader may read: published articles only. Open to everyone, signed in or not. */
public interface PublishedArticles {

    /** Newest first. */
    List<ArticleTeaser> latest(int offset, int limit);

    long countPublished();

    /**
     * Published articles' addresses and last changes, newest first: what a sitemap lists, one row per article and
     * nothing else (no byline, no picture), however many it asks for.
     */
    List<ArticleAddress> addresses(int offset, int limit);

    /** The topic at {@code slug}, whether or not anything under it is published yet. */
    Optional<TopicRef> topic(String slug);

    /** Published articles filed under the topic at {@code topicSlug}, newest first. */
    List<ArticleTeaser> latestInTopic(String topicSlug, int offset, int limit);

    /** Published articles the filter lets through, newest first; the filtering is done by the database. */
    List<ArticleTeaser> latest(ArticleFilter filter, int offset, int limit);

    /**
     * Full-text search over the headline, standfirst and body of published articles, best match first. Any text
     * is a query: words must all appear (stemmed, so "ferries" finds "ferry"), "quoted words" are a phrase,
     * -word excludes; anything else, operators gone wrong, punctuation alone, is searched for as well as it can
     * be and never refused.
     */
    SearchResults search(String text, int offset, int limit);

    /**
     * Published articles that share topics with the article {@code articleId}, those sharing the most first, then
     * the newest; never the article itself.
     */
    List<ArticleTeaser> related(long articleId, int limit);

    /** The newsroom's sections, in the masthead's order. */
    List<SectionRef> sections();

    Optional<SectionRef> section(String slug);

    /**
     * The speaker at {@code slug}, if a published article quotes them: someone quoted only in drafts is nobody's
     * business yet.
     */
    Optional<SpeakerProfile> speaker(String slug);

    /** What the speaker at {@code slug} said in published articles, newest article first, in article order. */
    List<AttributedQuote> quotesBy(String speakerSlug, int offset, int limit);

    /** Every topic, by name. */
    List<TopicRef> topics();

    /** The slugs of the topics with a published article, at most {@code limit}. */
    List<String> topicSlugs(int limit);

    /** The slugs of the staff with a published article (lead or co-author), at most {@code limit}. */
    List<String> authorSlugs(int limit);

    /** The slugs of everyone a published article quotes, at most {@code limit}. */
    List<String> speakerSlugs(int limit);

    Optional<PublishedArticle> bySlug(String slug);

    /**
     * The current slug of the published article that was once at {@code formerSlug}, so an old link can be
     * sent on (301) rather than lost; empty when no article readers may see ever had it.
     */
    Optional<String> movedTo(String formerSlug);

    /**
     * Whether an article readers could once read at {@code slug} has been taken down (unpublished, and not
     * back yet): its address then answers 410, not 404. A draft never published is not "withdrawn": nobody
     * may learn it exists.
     */
    boolean isWithdrawn(String slug);

    boolean isPublished(long articleId);

    /** When the article was first published, if readers may read it now; empty for a draft or a withdrawn one. */
    Optional<Instant> publishedAt(long articleId);

    /** Addresses (slugs) of published articles by id, in one query, for links to them in mail. */
    Map<Long, String> slugs(Collection<Long> articleIds);

    /** Headlines by article id, in one query, for lists that show many articles (drafts included). */
    Map<Long, String> headlines(Collection<Long> articleIds);
}
