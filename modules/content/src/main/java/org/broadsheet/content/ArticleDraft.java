package org.broadsheet.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.broadsheet.shared.Slug;
import java.util.List;
import java.util.Set;

/**
 * An article as the editor's form holds it. {@code id} is null for a new article; {@code version} is the
 * version the editor started from, so a save over someone else's newer save is refused, not merged.
 * {@code authorId} null means "the signed-in editor". {@code status} (and {@code scheduledFor}, the
 * time a scheduled article goes out) are shown to the editor; saving never changes them (each step of the
 * workflow is its own operation). {@code sectionSlug} null files the article in the first section (News).
 * {@code hero} is the picture it opens with; null means none (the form always sends the one it shows).
 * {@code coAuthorIds} are the staff who share the byline after the lead author ({@code authorId}), in order.
 */
public record ArticleDraft(
        Long id,
        long version,
        @NotBlank(message = "A headline is required")
        @Size(max = ArticleDraft.MAX_HEADLINE, message = "Keep the headline under 400 characters") String headline,
        @NotBlank(message = "A standfirst is required") @Size(max = 400) String standfirst,
        @NotBlank(message = "A slug is required") @Size(max = Slug.MAX_LENGTH)
        @Pattern(regexp = Slug.PATTERN, message = "Use lower-case letters, digits and single hyphens") String slug,
        @NotBlank(message = "The article needs a body") @Size(max = 100_000) String body,
        @NotNull Set<String> topicSlugs,
        Long authorId,
        ArticleStatus status,
        Instant scheduledFor,
        String sectionSlug,
        @Valid Hero hero,
        @NotNull @Size(max = 5, message = "A byline names at most six people") List<Long> coAuthorIds) {

    /** The longest headline: long enough for any newsroom's, short enough to stay a headline. */
    public static final int MAX_HEADLINE = 400;

    public ArticleDraft {
        topicSlugs = topicSlugs == null ? Set.of() : Set.copyOf(topicSlugs);
        status = status == null ? ArticleStatus.DRAFT : status;
        coAuthorIds = coAuthorIds == null ? List.of() : List.copyOf(coAuthorIds);
    }

    /** A draft with no publication time set, in the first section. */
    public ArticleDraft(Long id, long version, String headline, String standfirst, String slug, String body,
            Set<String> topicSlugs, Long authorId, ArticleStatus status) {
        this(id, version, headline, standfirst, slug, body, topicSlugs, authorId, status, null, null);
    }

    /** A draft without a picture. */
    public ArticleDraft(Long id, long version, String headline, String standfirst, String slug, String body,
            Set<String> topicSlugs, Long authorId, ArticleStatus status, Instant scheduledFor, String sectionSlug) {
        this(id, version, headline, standfirst, slug, body, topicSlugs, authorId, status, scheduledFor, sectionSlug,
                null, List.of());
    }

    /** The same draft opening with {@code picture} (null: with none). */
    public ArticleDraft withHero(Hero picture) {
        return new ArticleDraft(id, version, headline, standfirst, slug, body, topicSlugs, authorId, status,
                scheduledFor, sectionSlug, picture, coAuthorIds);
    }

    /** The same draft, written with {@code others} after the lead author. */
    public ArticleDraft writtenWith(List<Long> others) {
        return new ArticleDraft(id, version, headline, standfirst, slug, body, topicSlugs, authorId, status,
                scheduledFor, sectionSlug, hero, others);
    }

    /** The same draft filed in another section. */
    public ArticleDraft inSection(String slug) {
        return new ArticleDraft(id, version, headline, standfirst, this.slug, body, topicSlugs, authorId, status,
                scheduledFor, slug, hero, coAuthorIds);
    }

    /**
     * Whether the slug should follow the headline as the editor types it: only while nobody can have
     * shared the article's address, i.e. until it is published, and only while the editor has not chosen a
     * slug of their own. A published article's address changes only when an editor changes the slug itself.
     */
    public boolean slugFollowsHeadline() {
        if (id == null) {
            return true;
        }
        return status != ArticleStatus.PUBLISHED && slug != null && slug.equals(Slug.from(headline).value());
    }

    /** An empty form for a new article. */
    public static ArticleDraft blank() {
        return new ArticleDraft(null, 0, "", "", "", "", Set.of(), null, ArticleStatus.DRAFT);
    }
}
