package org.broadsheet.app.ui;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many anonymous readers the server keeps state for at once, so that a story that goes viral cannot
 * fill the heap: memory is bounded by construction, not by hoping sessions time out soon enough.
 * <p>
 * The budget is counted in reader views: an anonymous session counts as one, or as its number of open
 * Vaadin UIs if it has more. When a new one would go over, the longest-idle anonymous sessions are let go
 * first (a little more than needed, so the scan is not repeated for every newcomer). Signed-in staff are
 * never counted and never let go. A reader let go keeps reading: the page is already in their browser;
 * only its live part (the comment form, new comments) needs a reload.
 * <p>
 * The default takes a share of the maximum heap ({@code broadsheet.readers.heap-share}, 0.4) at
 * {@link #BYTES_PER_READER} a reader; {@code broadsheet.readers.budget} sets the number outright.
 */
@ApplicationScoped
public class ReaderBudget {

    /** What one reader's session and UI may cost, with room to spare over the measured ~20 KiB. */
    static final long BYTES_PER_READER = 32 * 1024;

    private static final Logger LOG = Logger.getLogger(ReaderBudget.class.getName());

    private static final class Reader {
        volatile String id;
        final HttpSession session;
        final AtomicInteger views = new AtomicInteger();

        Reader(HttpSession session) {
            this.id = session.getId();
            this.session = session;
        }

        int cost() {
            return Math.max(1, views.get());
        }
    }

    @Inject
    @ConfigProperty(name = "broadsheet.readers.budget")
    Optional<Integer> configuredBudget;

    @Inject
    @ConfigProperty(name = "broadsheet.readers.heap-share", defaultValue = "0.4")
    double heapShare;

    private final Map<String, Reader> anonymous = new ConcurrentHashMap<>();
    private final AtomicInteger used = new AtomicInteger();
    private final AtomicLong letGo = new AtomicLong();
    private final ReentrantLock evicting = new ReentrantLock();
    private int budget;

    @PostConstruct
    void size() {
        budget = configuredBudget.orElseGet(() ->
                (int) Math.max(100, Runtime.getRuntime().maxMemory() * heapShare / BYTES_PER_READER));
        LOG.info(() -> "Reader budget: " + budget + " anonymous reader views");
    }

    int budget() {
        return budget;
    }

    int used() {
        return used.get();
    }

    long letGo() {
        return letGo.get();
    }

    void sessionStarted(HttpSession session) {
        if (anonymous.putIfAbsent(session.getId(), new Reader(session)) == null) {
            used.incrementAndGet();
            enforce();
        }
    }

    void sessionEnded(HttpSession session) {
        ended(session.getId());
    }

    private void ended(String id) {
        var reader = anonymous.remove(id);
        if (reader != null) {
            used.addAndGet(-reader.cost());
        }
    }

    void viewStarted(HttpSession session) {
        var reader = anonymous.get(session.getId());
        if (reader != null && reader.views.getAndIncrement() > 0) {
            used.incrementAndGet();
            enforce();
        }
    }

    void viewEnded(HttpSession session) {
        var reader = anonymous.get(session.getId());
        if (reader != null && reader.views.getAndDecrement() > 1) {
            used.decrementAndGet();
        }
    }

    /** Signed in: staff (and, later, readers with an account) are never let go to make room. */
    void signedIn(HttpSession session) {
        sessionEnded(session);
    }

    /** Sign-in gives the session a new id (against session fixation); the reader is still the same. */
    void idChanged(HttpSession session, String oldId) {
        var reader = anonymous.remove(oldId);
        if (reader != null) {
            reader.id = session.getId();
            anonymous.put(reader.id, reader);
        }
    }

    private void enforce() {
        if (used.get() <= budget || !evicting.tryLock()) {
            return;
        }
        try {
            var target = budget - Math.max(1, budget / 50);
            record Idle(Reader reader, long lastAccessed) {
            }
            var byIdleness = anonymous.values().stream()
                    .map(reader -> new Idle(reader, lastAccessed(reader.session)))
                    .sorted(Comparator.comparingLong(Idle::lastAccessed))
                    .toList();
            for (var idle : byIdleness) {
                if (used.get() <= target) {
                    break;
                }
                letGo(idle.reader());
            }
        } finally {
            evicting.unlock();
        }
    }

    private void letGo(Reader reader) {
        try {
            reader.session.invalidate();
            letGo.incrementAndGet();
        } catch (IllegalStateException alreadyGone) {
            // ended meanwhile; its listener call has taken it out of the count
        }
        ended(reader.id);
    }

    private static long lastAccessed(HttpSession session) {
        try {
            return session.getLastAccessedTime();
        } catch (IllegalStateException alreadyGone) {
            return Long.MIN_VALUE;
        }
    }
}
