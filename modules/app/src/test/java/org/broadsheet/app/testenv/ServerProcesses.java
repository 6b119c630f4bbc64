package org.broadsheet.app.testenv;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** What the tests' servers share: free ports, logs that stop growing, waiting for readiness, scripts run to the end. */
public final class ServerProcesses {

    public static final long LOG_LIMIT_BYTES = 10 * 1024 * 1024;

    /** The demo accounts' passwords every test server is started with. */
    public static final Map<String, String> DEMO_PASSWORDS = Map.of(
            "admin", "admin-password-for-tests",
            "editor", "editor-password-for-tests",
            "reader", "reader-password-for-tests");

    private ServerProcesses() {
    }

    public static String passwordVariable(String user) {
        return "BROADSHEET_" + user.toUpperCase() + "_PASSWORD";
    }

    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** A base such that {@code base + offset} is free on loopback for every offset given. */
    static int freeBase(int lowest, int highest, int... offsets) {
        for (int attempt = 0; attempt < 200; attempt++) {
            var base = ThreadLocalRandom.current().nextInt(lowest, highest);
            if (Arrays.stream(offsets).allMatch(offset -> isFree(base + offset))) {
                return base;
            }
        }
        throw new IllegalStateException("No free range of ports found");
    }

    private static boolean isFree(int port) {
        try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /** Copies a process's output to {@code to}, which stops growing at {@link #LOG_LIMIT_BYTES}; reading goes on. */
    public static void logCapped(Process process, Path to) {
        var output = process.getInputStream();
        Thread.ofPlatform().daemon().name("server-log").start(() -> copyCapped(output, to));
    }

    private static void copyCapped(InputStream from, Path to) {
        try (from; OutputStream out = Files.newOutputStream(to)) {
            var buffer = new byte[8192];
            long written = 0;
            int read;
            while ((read = from.read(buffer)) != -1) {
                if (written < LOG_LIMIT_BYTES) {
                    var kept = (int) Math.min(read, LOG_LIMIT_BYTES - written);
                    out.write(buffer, 0, kept);
                    written += kept;
                    if (written >= LOG_LIMIT_BYTES) {
                        out.write("\n[log truncated: limit reached; the rest is discarded]\n".getBytes());
                    }
                    out.flush();
                }
                // past the limit the output is still read, so the server never blocks on a full pipe
            }
        } catch (IOException ended) {
            // the server stopped
        }
    }

    /** Runs a set-up command to its end, its output in {@code log} (capped); fails with the log's name. */
    static void run(ProcessBuilder command, Path log, Duration timeout) throws IOException, InterruptedException {
        var process = command.redirectErrorStream(true).start();
        logCapped(process, log);
        if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(command.command() + " took longer than " + timeout + "; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command.command() + " failed (" + process.exitValue() + "); see " + log);
        }
    }

    /**
     * Waits until readiness says UP and the front page answers 200; false if the process ended, the server says
     * it failed, or time ran out.
     */
    static boolean awaitReady(URI readiness, URI frontPage, ProcessHandle process, Duration timeout,
                              BooleanSupplier failed) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive() && !failed.getAsBoolean()) {
            try {
                var ready = client.send(HttpRequest.newBuilder(readiness).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (ready.statusCode() == 200 && ready.body().contains("\"UP\"")
                        && client.send(HttpRequest.newBuilder(frontPage).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** Stops a server process and everything it started, forcibly after 30 s. */
    static void stop(Process process) {
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.forEach(ProcessHandle::destroyForcibly);
    }

    static String required(String property) {
        var value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set (run through Maven)");
        }
        return value;
    }

    /** Whether the (capped) log holds {@code text}. */
    static boolean logContains(Path log, String text) {
        try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
            return lines.anyMatch(line -> line.contains(text));
        } catch (IOException | UncheckedIOException notYet) {
            return false;
        }
    }

    static Path logFile(String name) {
        return Path.of(System.getProperty("broadsheet.browserLog", "target/browser-server.log")).resolveSibling(name);
    }
}
