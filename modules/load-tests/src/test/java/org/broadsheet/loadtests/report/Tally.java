package org.broadsheet.loadtests.report;

import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts page views the way pageviews.mjs does, so that both tools' figures mean the same: the clock starts
 * with the first visitor; a page view counts if it began after the warm-up and ended before the end of the
 * measured window; its latency runs from the first byte sent for the shell to the last UIDL answer (the unload
 * beacon is not part of it); a failure counts if it happens inside the window. Completed page views are also
 * kept per second of the whole run, so a soak can compare its first and last minute.
 */
public final class Tally {

    private final long warmUpNanos;
    private final long windowEndNanos;
    private final AtomicLong start = new AtomicLong();
    private final AtomicIntegerArray completedPerSecond;
    private final LongAdder beacons = new LongAdder();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private long[] latencies = new long[1 << 16];
    private int views;

    public Tally(Duration warmUp, Duration measured) {
        this.warmUpNanos = warmUp.toNanos();
        this.windowEndNanos = warmUp.plus(measured).toNanos();
        this.completedPerSecond = new AtomicIntegerArray((int) warmUp.plus(measured).toSeconds() + 120);
    }

    /** Called as a visitor starts a page view; returns the start time to hand back to {@link #viewed}. */
    public long arrives() {
        var now = System.nanoTime();
        start.compareAndSet(0, now);
        return now;
    }

    /** Whether a page view starting now is measured (the warm-up ones run but are not counted). */
    public boolean measuring(long at) {
        var since = at - start.get();
        return since >= warmUpNanos && since < windowEndNanos;
    }

    public void viewed(long began) {
        var now = System.nanoTime();
        var second = (int) ((now - start.get()) / 1_000_000_000L);
        if (second < completedPerSecond.length()) {
            completedPerSecond.incrementAndGet(second);
        }
        if (measuring(began) && measuring(now)) {
            record(now - began);
        }
    }

    public void failed(String kind) {
        if (measuring(System.nanoTime())) {
            failures.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    public void beaconSent() {
        if (measuring(System.nanoTime())) {
            beacons.increment();
        }
    }

    private synchronized void record(long latencyNanos) {
        if (views == latencies.length) {
            latencies = Arrays.copyOf(latencies, views * 2);
        }
        latencies[views++] = latencyNanos;
    }

    /** The figures of the measured window, computed once the run is over. */
    public synchronized Figures figures(Duration measured) {
        var sorted = Arrays.copyOf(latencies, views);
        Arrays.sort(sorted);
        var errors = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        var byKind = new TreeMap<String, Integer>();
        failures.forEach((kind, count) -> byKind.put(kind, count.get()));
        var perSecond = new int[completedPerSecond.length()];
        for (int i = 0; i < perSecond.length; i++) {
            perSecond[i] = completedPerSecond.get(i);
        }
        return new Figures(views, measured, sorted, errors, byKind, beacons.intValue(), perSecond,
                (int) (warmUpNanos / 1_000_000_000L));
    }
}
