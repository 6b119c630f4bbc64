package org.broadsheet.loadtests.report;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * CPU time used by the load client (this JVM) and, when its pid is known, by the server, from a moment (the end
 * of the warm-up, so the client's own JIT compilation is mostly left out) to the end of the run. On a 2-core
 * machine with client and server side by side, a client near 100 % of a core is itself the limit, so every
 * summary shows both (pageviews.mjs shows its own share too).
 */
public final class CpuUse {

    /** Linux reports /proc/pid/stat times in USER_HZ ticks, 100 per second on every mainstream kernel. */
    private static final double TICKS_PER_SECOND = 100;

    private final Optional<Long> serverPid;
    private final long wallStart = System.nanoTime();
    private final long clientStart = clientNanos();
    private final Optional<Long> serverStart;

    private CpuUse(Optional<Long> serverPid) {
        this.serverPid = serverPid;
        this.serverStart = serverPid.flatMap(CpuUse::serverNanos);
    }

    /** Starts counting after {@code delay} (the warm-up), on a thread of its own. */
    public static CompletableFuture<CpuUse> after(Duration delay, Optional<Long> serverPid) {
        return CompletableFuture.supplyAsync(() -> new CpuUse(serverPid),
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** e.g. "client 85 % of one core, server 160 %". */
    public String sinceStart() {
        var wall = System.nanoTime() - wallStart;
        var client = 100.0 * (clientNanos() - clientStart) / wall;
        var server = serverStart.flatMap(start -> serverPid.flatMap(CpuUse::serverNanos).map(now -> 100.0 * (now - start) / wall));
        return "client %.0f %% of one core".formatted(client)
                + server.map(share -> ", server %.0f %%".formatted(share)).orElse(", server not known");
    }

    private static long clientNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Optional<Long> serverNanos(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            // fields after the command name, which is in parentheses and may contain spaces
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            var ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Optional.of((long) (ticks / TICKS_PER_SECOND * 1e9));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
