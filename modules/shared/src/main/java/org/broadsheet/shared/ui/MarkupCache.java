package org.broadsheet.shared.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Rendered markup kept for a short time, so that every reader of a page shares one copy (the same string
 * instance, which is what {@link StaticHtml} relies on) and the database is asked once per change, not
 * once per reader. Its owner empties it when the content changes; the time limit bounds how stale another
 * server instance can be. It holds at most {@code maxEntries}, so made-up addresses cannot fill memory.
 */
public final class MarkupCache<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    // Counts clears: markup rendered from data read before a clear must not be kept after it.
    private final AtomicLong generation = new AtomicLong();
    private final Duration timeToLive;
    private final int maxEntries;
    private final Clock clock;

    public MarkupCache(Duration timeToLive, int maxEntries) {
        this(timeToLive, maxEntries, Clock.systemUTC());
    }

    MarkupCache(Duration timeToLive, int maxEntries, Clock clock) {
        this.timeToLive = timeToLive;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    public V get(K key, Supplier<V> render) {
        var now = clock.instant();
        var cached = entries.get(key);
        if (cached != null && cached.expires().isAfter(now)) {
            return cached.value();
        }
        var renderedIn = generation.get();
        var value = render.get();
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        if (generation.get() == renderedIn) {
            entries.put(key, new Entry<>(value, now.plus(timeToLive)));
        }
        return value;
    }

    public void clear() {
        generation.incrementAndGet();
        entries.clear();
    }
}
