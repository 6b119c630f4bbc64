package org.broadsheet.loadtests.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The Broadsheet WAR on a Payara Micro of its own, started the way {@code ./mvnw -Prun} starts it (same WAR,
 * pre-boot file, default heap) but on a free loopback port, with an H2 database in a temporary folder and
 * known demo passwords. Its output goes to a capped {@link ServerLog}. Closing it stops the server and deletes
 * the folder; a shutdown hook does the same if the run ends any other way.
 */
public final class LaunchedSite implements SiteUnderTest {

    private static final Duration START_LIMIT = Duration.ofMinutes(3);

    private final Process process;
    private final Path folder;
    private final String baseUrl;
    private final ServerLog log;
    private final String heap;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread stopOnExit = new Thread(this::stop, "stop-broadsheet");
    private Duration startTime;

    private LaunchedSite(Process process, Path folder, int port, ServerLog log, String heap) {
        this.process = process;
        this.folder = folder;
        this.baseUrl = "http://127.0.0.1:" + port + "/";
        this.log = log;
        this.heap = heap;
    }

    /**
     * @param ports     "18500-18599" to stay inside a range, or empty for any free port
     * @param firstPage a path whose 200 answer proves the site serves pages (whether the page is complete is
     *                  for the simulation to check and count, not a reason to wait)
     */
    public static LaunchedSite start(String heap, Optional<String> ports, Map<String, String> passwords,
                                     String firstPage) throws IOException, InterruptedException {
        var port = FreePort.on(ports);
        var folder = Files.createTempDirectory("broadsheet-load-");
        var command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx" + heap,
                "-Dbroadsheet.db.url=jdbc:h2:file:" + folder.resolve("db/broadsheet"),
                // Every simulated reader comes from 127.0.0.1: the per-address limit would measure the refusal.
                "-Dbroadsheet.comments.per-address=1000000000",
                "-jar", required("payara.microJar"),
                "--nocluster",
                "--prebootcommandfile", required("broadsheet.preBootCommands"),
                "--port", String.valueOf(port),
                "--rootdir", folder.resolve("payara").toString(),
                "--deploy", required("broadsheet.war"),
                "--contextroot", "/"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        passwords.forEach((user, password) ->
                builder.environment().put("BROADSHEET_" + user.toUpperCase() + "_PASSWORD", password));
        var launched = System.nanoTime();
        var process = builder.start();
        var log = ServerLog.follow(process.getInputStream(),
                Path.of(System.getProperty("broadsheet.serverLog", "target/site/server.log")));
        var site = new LaunchedSite(process, folder, port, log, heap);
        Runtime.getRuntime().addShutdownHook(site.stopOnExit);
        try {
            site.awaitFirstPage(firstPage, launched);
        } catch (IOException | InterruptedException | RuntimeException failed) {
            site.close();
            throw failed;
        }
        return site;
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public Optional<Long> pid() {
        return Optional.of(process.pid());
    }

    @Override
    public Optional<Duration> startTime() {
        return Optional.ofNullable(startTime);
    }

    @Override
    public Optional<ServerLog> log() {
        return Optional.of(log);
    }

    @Override
    public String description() {
        return "started by the load module (Payara Micro, -Xmx" + heap + ", empty H2 database, " + baseUrl + ")";
    }

    /** Polls the page every 100 ms: the start time is what a reader arriving during a (re)start would wait. */
    private void awaitFirstPage(String path, long launchedNanos) throws IOException, InterruptedException {
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(5)).build();
        var deadline = launchedNanos + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited with " + process.exitValue() + "; see " + log.file());
            }
            if (log.sawPortTaken()) {
                throw new IllegalStateException("Port of " + baseUrl + " was taken meanwhile; see " + log.file());
            }
            try {
                var response = client.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && !response.body().isEmpty()) {
                    startTime = Duration.ofNanos(System.nanoTime() - launchedNanos);
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("Broadsheet did not serve " + path + " within " + START_LIMIT + "; see " + log.file());
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: nothing to remove
        }
    }

    private void stop() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(folder);
    }

    private static String required(String property) {
        var value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set (run through Maven, see README.md)");
        }
        return value;
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** A loopback port nobody listens on; within a range when the machine's other users need the rest. */
    static final class FreePort {

        static int on(Optional<String> range) throws IOException {
            if (range.isEmpty()) {
                return bind(0);
            }
            var bounds = range.get().split("-");
            int from = Integer.parseInt(bounds[0].strip());
            int to = Integer.parseInt(bounds[bounds.length - 1].strip());
            for (int port = from; port <= to; port++) {
                try {
                    return bind(port);
                } catch (IOException taken) {
                    // try the next one
                }
            }
            throw new IOException("No free port in " + range.get());
        }

        private static int bind(int port) throws IOException {
            try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }
}
