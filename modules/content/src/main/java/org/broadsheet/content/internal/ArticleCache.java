package org.broadsheet.content.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.PublishedArticle;

/**
 * Published articles by slug, kept for a minute. Reading an article is the hot path and every page view
 * asks twice (the first HTML response and the view); articles change rarely. Any change an editor makes
 * empties it after commit; the time limit bounds how stale another server instance can be. Only articles
 * that exist are kept, and only so many, so requests for made-up slugs cannot fill memory.
 * <p>
 * A reader's load can begin before an editor's commit and end after the clear that follows it, holding
 * the old row. So each entry carries the generation (the count of clears) its load began in, and only an
 * entry of the current generation is served: a load the clear overtook is never kept as current.
 */
@ApplicationScoped
class ArticleCache {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 1_000;

    private record Entry(PublishedArticle article, Instant expires, long generation) {
    }

    private final ConcurrentHashMap<String, Entry> bySlug = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock = Clock.systemUTC();

    Optional<PublishedArticle> get(String slug, Supplier<Optional<PublishedArticle>> load) {
        var now = clock.instant();
        // Read before the load: a clear while it runs makes what it loaded a generation too old.
        var current = generation.get();
        var cached = bySlug.get(slug);
        if (cached != null && cached.generation() == current && cached.expires().isAfter(now)) {
            return Optional.of(cached.article());
        }
        var loaded = load.get();
        loaded.ifPresentOrElse(article -> remember(slug, new Entry(article, now.plus(TIME_TO_LIVE), current)),
                () -> bySlug.remove(slug));
        return loaded;
    }

    private void remember(String slug, Entry entry) {
        if (bySlug.size() >= MAX_ENTRIES) {
            bySlug.clear();
        }
        // A slower reader's older load never replaces a newer one.
        bySlug.merge(slug, entry, (kept, offered) -> offered.generation() >= kept.generation() ? offered : kept);
    }

    // Before any observer that renders pages again from this cache (lower priority runs first).
    void forgetAll(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            ArticlesChanged change) {
        generation.incrementAndGet();
        bySlug.clear();
    }
}
