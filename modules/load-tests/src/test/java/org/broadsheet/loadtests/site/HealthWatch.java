package org.broadsheet.loadtests.site;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Asks {@code /health/ready} once a second while the load runs, as an orchestrator's readiness probe would,
 * and keeps the slowest answer. A probe gets 10 s before it counts as failed, so a slow answer is measured
 * rather than cut off at the 1 s target.
 */
public final class HealthWatch implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(PATIENCE).build();
    private final HttpRequest probe;
    private final AtomicLong slowestNanos = new AtomicLong();
    private final AtomicInteger probes = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final Thread thread;
    private volatile boolean watching = true;

    private HealthWatch(String baseUrl) {
        probe = HttpRequest.newBuilder(URI.create(baseUrl + "health/ready")).timeout(PATIENCE).build();
        thread = Thread.ofPlatform().daemon().name("health-watch").start(this::watch);
    }

    public static HealthWatch start(String baseUrl) {
        return new HealthWatch(baseUrl);
    }

    private void watch() {
        while (watching) {
            var began = System.nanoTime();
            try {
                var status = client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 200) {
                    failures.incrementAndGet();
                }
            } catch (IOException failed) {
                failures.incrementAndGet();
            } catch (InterruptedException stopped) {
                return;
            }
            var took = System.nanoTime() - began;
            slowestNanos.accumulateAndGet(took, Math::max);
            probes.incrementAndGet();
            var rest = Duration.ofSeconds(1).toNanos() - took;
            if (rest > 0) {
                try {
                    Thread.sleep(Duration.ofNanos(rest));
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        }
    }

    public Duration slowest() {
        return Duration.ofNanos(slowestNanos.get());
    }

    public int probes() {
        return probes.get();
    }

    public int failures() {
        return failures.get();
    }

    @Override
    public void close() {
        watching = false;
        thread.interrupt();
    }
}
