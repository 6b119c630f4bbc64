package org.broadsheet.loadtests;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.loadtests.report.Figures;
import org.broadsheet.loadtests.report.Verdict;
import org.broadsheet.loadtests.site.HealthWatch;
import org.broadsheet.loadtests.site.HeapCheck;
import org.broadsheet.loadtests.visits.Readers;

/**
 * Five minutes of one-shot readers on 64 connections who never send the unload beacon, on the default heap
 * (after the warm-up a freshly started server gets, so that the first minute is not the JIT's):
 * every page view leaves a session and a UI behind until they time out or the reader budget lets them go. The
 * site must keep its pace (last minute at least 90 % of the first), never run out of memory, end with a live
 * heap under 60 % of the maximum after a full GC, answer /health/ready within 1 s throughout (probed every
 * second) and fail fewer than 0.1 % of page views.
 */
public class Soak extends BroadsheetSimulation {

    private HealthWatch health;
    private HeapCheck heap;
    private String heapProblem = "not measured: the server's pid is unknown (pass -DserverPid for a running server)";

    public Soak() {
        super(RunSettings.read(64, Duration.ZERO, Duration.ofMinutes(5), false));
        visitors("one-shot reader", Readers.pageView(settings.article()), settings.beacon());
    }

    @Override
    public void before() {
        super.before();
        health = HealthWatch.start(site.baseUrl());
    }

    @Override
    public void after() {
        health.close();
        site.pid().ifPresent(pid -> {
            try {
                heap = HeapCheck.of(pid);
            } catch (IOException | RuntimeException failed) {
                heapProblem = "jcmd failed: " + failed.getMessage();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                heapProblem = "interrupted";
            }
        });
        super.after();
    }

    @Override
    String title() {
        return "Soak, one-shot readers without beacon · " + settings.connections() + " conns · "
                + settings.duration().toMinutes() + " min";
    }

    @Override
    List<Verdict> verdicts(Figures figures) {
        var verdicts = new ArrayList<Verdict>();
        var minutes = (int) settings.duration().toMinutes();
        var first = figures.minuteRate(0);
        var last = figures.minuteRate(Math.max(0, minutes - 1));
        verdicts.add(Verdict.check("last minute's rate / first minute's", "≥ 90 %",
                "%.0f %% (%.0f/s → %.0f/s)".formatted(100 * last / first, first, last), last >= 0.9 * first));
        verdicts.add(site.log()
                .map(log -> Verdict.check("OutOfMemoryError in the server log", "none",
                        log.sawOutOfMemoryError() ? "found" : "none", !log.sawOutOfMemoryError()))
                .orElse(Verdict.info("OutOfMemoryError in the server log", "not checked: not our server")));
        verdicts.add(heap == null
                ? Verdict.info("live heap after full GC / max", heapProblem)
                : Verdict.check("live heap after full GC / max", "< 60 %", "%.0f %% (%,d MiB of %,d MiB; heap_info used %,d MiB)"
                        .formatted(100 * heap.liveShare(), heap.liveBytes() >> 20, heap.maxBytes() >> 20,
                                heap.usedAfterGcBytes() >> 20), heap.liveShare() < 0.6));
        verdicts.add(Verdict.check("/health/ready, slowest of probes every 1 s", "< 1 s",
                "%.0f ms (%d probes, %d failed)".formatted(health.slowest().toNanos() / 1e6, health.probes(), health.failures()),
                health.slowest().compareTo(Duration.ofSeconds(1)) < 0 && health.failures() == 0));
        verdicts.add(Verdict.check("failed page views", "< 0.1 %", "%.3f %% (%,d of %,d)".formatted(
                100 * figures.errorShare(), figures.errors(), figures.views() + figures.errors()), figures.errorShare() < 0.001));
        verdicts.add(Verdict.info("page views/s over the whole soak", perSecond(figures.perSecond())));
        var perMinute = new StringBuilder();
        for (int minute = 0; minute < minutes; minute++) {
            perMinute.append(perMinute.isEmpty() ? "" : ", ").append("%.0f".formatted(figures.minuteRate(minute)));
        }
        verdicts.add(Verdict.info("page views/s, minute by minute", perMinute.toString()));
        verdicts.add(Verdict.info("latency", figures.latencyLine()));
        return verdicts;
    }
}
