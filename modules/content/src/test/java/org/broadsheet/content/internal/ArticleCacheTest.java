package org.broadsheet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.content.SectionRef;
import org.broadsheet.people.Author;
import org.junit.jupiter.api.Test;

class ArticleCacheTest {

    private static final String SLUG = "port-strike-ends";
    private static final PublishedArticle BEFORE = article("Port strike ends");
    private static final PublishedArticle AFTER = article("Port strike ends after talks");

    private final ArticleCache cache = new ArticleCache();

    @Test
    void an_editors_change_reaches_the_next_reader() {
        cache.get(SLUG, () -> Optional.of(BEFORE));

        cache.forgetAll(new ArticlesChanged(1));

        assertThat(cache.get(SLUG, () -> Optional.of(AFTER))).contains(AFTER);
    }

    @Test
    void a_load_that_began_before_an_editors_commit_is_not_kept_after_its_clear() {
        cache.get(SLUG, () -> Optional.of(BEFORE));
        cache.forgetAll(new ArticlesChanged(2)); // another article's change empties the cache

        // A reader misses and reads the row as it was; the editor's commit and its clear land before the
        // reader's load returns.
        var readerSaw = cache.get(SLUG, () -> {
            cache.forgetAll(new ArticlesChanged(1));
            return Optional.of(BEFORE);
        });

        assertThat(readerSaw).contains(BEFORE);
        assertThat(cache.get(SLUG, () -> Optional.of(AFTER))).as("the next reader").contains(AFTER);
    }

    @Test
    void a_slower_readers_older_load_does_not_replace_a_newer_one() {
        var slowReaderSaw = cache.get(SLUG, () -> {
            cache.forgetAll(new ArticlesChanged(1));
            // A faster reader, who began after the clear, has kept the new version meanwhile.
            cache.get(SLUG, () -> Optional.of(AFTER));
            return Optional.of(BEFORE);
        });

        assertThat(slowReaderSaw).contains(BEFORE);
        assertThat(cache.get(SLUG, () -> Optional.of(BEFORE))).as("served from the cache").contains(AFTER);
    }

    private static PublishedArticle article(String headline) {
        var at = Instant.parse("2026-11-21T07:30:00Z");
        return new PublishedArticle(1, SLUG, headline, "Standfirst", List.of(new Author(51, "Elena Marsh", "elena-marsh")), at,
                at, "<p>Body</p>", "Body", new SectionRef("news", "News"), List.of(), List.of(), null, 1);
    }
}
