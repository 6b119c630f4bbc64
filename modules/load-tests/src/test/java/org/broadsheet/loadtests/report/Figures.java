package org.broadsheet.loadtests.report;

import java.time.Duration;
import java.util.Map;

/** What a {@link Tally} measured: rate, latency percentiles (nearest rank, as pageviews.mjs), failures. */
public record Figures(int views, Duration measured, long[] sortedLatencyNanos, int errors,
                      Map<String, Integer> errorsByKind, int beacons, int[] completedPerSecond, int warmUpSeconds) {

    public double perSecond() {
        return views / (measured.toNanos() / 1e9);
    }

    public double percentileMillis(double p) {
        if (sortedLatencyNanos.length == 0) {
            return Double.NaN;
        }
        var rank = (int) Math.ceil(p * sortedLatencyNanos.length) - 1;
        return sortedLatencyNanos[Math.max(0, Math.min(sortedLatencyNanos.length - 1, rank))] / 1e6;
    }

    public double maxMillis() {
        return percentileMillis(1.0);
    }

    /** Failures over all attempts (failed plus completed page views). */
    public double errorShare() {
        var attempts = views + errors;
        return attempts == 0 ? 0 : (double) errors / attempts;
    }

    /** Page views per second completed in one minute of the measured window (minute 0 is the first after the warm-up). */
    public double minuteRate(int minute) {
        long sum = 0;
        var from = warmUpSeconds + minute * 60;
        for (int second = from; second < from + 60 && second < completedPerSecond.length; second++) {
            sum += completedPerSecond[second];
        }
        return sum / 60.0;
    }

    public String latencyLine() {
        if (sortedLatencyNanos.length == 0) {
            return "no page view completed";
        }
        return "p50 %.1f  p90 %.1f  p99 %.1f  max %.1f ms".formatted(
                percentileMillis(0.5), percentileMillis(0.9), percentileMillis(0.99), maxMillis());
    }
}
