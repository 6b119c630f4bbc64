package org.broadsheet.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;

/**
 * How often each key (a username, a client address) did something lately, in a fixed window that opens with
 * its first attempt. It remembers at most {@code capacity} keys, so whoever invents new usernames or addresses
 * cannot make it grow without limit: past the capacity the oldest windows are forgotten first. State lives in
 * this node's memory only; each node of a cluster counts on its own.
 */
public final class RecentAttempts {

    private final int capacity;
    private final Duration window;
    private final Clock clock;
    /** In order of each window's opening, so the first entries are the first to expire. */
    private final LinkedHashMap<String, Window> windows = new LinkedHashMap<>();

    public RecentAttempts(int capacity, Duration window, Clock clock) {
        if (capacity < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("capacity and window must be positive");
        }
        this.capacity = capacity;
        this.window = window;
        this.clock = clock;
    }

    /** Counts one more attempt and returns how many the key has made in its current window. */
    public synchronized int add(String key) {
        var now = clock.instant();
        forgetExpired(now);
        var current = windows.get(key);
        if (current == null) {
            if (windows.size() >= capacity) {
                windows.pollFirstEntry();
            }
            current = new Window(now.plus(window));
            windows.put(key, current);
        }
        return ++current.count;
    }

    /** Takes one attempt back, for an attempt that was counted before it was known to be harmless. */
    public synchronized void takeBack(String key) {
        var current = live(key);
        if (current != null && --current.count <= 0) {
            windows.remove(key);
        }
    }

    public synchronized int count(String key) {
        var current = live(key);
        return current == null ? 0 : current.count;
    }

    /** How long until the key's window closes and its count starts again from nothing; zero if it has none. */
    public synchronized Duration remaining(String key) {
        var current = live(key);
        return current == null ? Duration.ZERO : Duration.between(clock.instant(), current.closes);
    }

    public synchronized void forget(String key) {
        windows.remove(key);
    }

    public synchronized int size() {
        forgetExpired(clock.instant());
        return windows.size();
    }

    private Window live(String key) {
        var current = windows.get(key);
        if (current != null && !clock.instant().isBefore(current.closes)) {
            windows.remove(key);
            return null;
        }
        return current;
    }

    private void forgetExpired(Instant now) {
        var oldest = windows.firstEntry();
        while (oldest != null && !now.isBefore(oldest.getValue().closes)) {
            windows.pollFirstEntry();
            oldest = windows.firstEntry();
        }
    }

    private static final class Window {
        final Instant closes;
        int count;

        Window(Instant closes) {
            this.closes = closes;
        }
    }
}
