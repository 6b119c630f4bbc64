package org.broadsheet.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.broadsheet.app.testenv.ServerProcesses;
import org.broadsheet.app.testenv.Site;
import org.broadsheet.app.testenv.TestEnvironment;

/**
 * The Broadsheet WAR on a Payara Micro of its own, as `./mvnw -Prun` starts it, but on a free port, with a
 * database in a temporary folder and known demo passwords. Its output goes to a file that stops growing at
 * {@link #LOG_LIMIT_BYTES}, and closing it stops the server and deletes the folder.
 */
final class BroadsheetServer implements Site, AutoCloseable {

    static final long LOG_LIMIT_BYTES = ServerProcesses.LOG_LIMIT_BYTES;
    static final Map<String, String> PASSWORDS = ServerProcesses.DEMO_PASSWORDS;

    private final Path folder;
    private final Map<String, String> passwords;
    private final List<String> systemProperties;
    private final String databaseUrl;
    private Process process;
    private String baseUrl;
    private Path log;

    private BroadsheetServer(Path folder, Map<String, String> passwords, List<String> systemProperties)
            throws IOException {
        this.folder = folder;
        this.passwords = passwords;
        this.systemProperties = systemProperties;
        // Exists whatever the database: on PostgreSQL no H2 file creates it, and the demo passwords go here.
        Files.createDirectories(dataFolder());
        this.databaseUrl = TestEnvironment.freshDatabaseUrl(dataFolder());
    }

    private static BroadsheetServer shared;
    private static Mailbox sharedMailbox;

    /**
     * The server most system tests share: started by the first test class that asks, stopped when the test
     * JVM ends. Tests on it leave what they create behind only under names of their own (unique headlines).
     */
    static synchronized BroadsheetServer shared() throws IOException, InterruptedException {
        if (shared == null) {
            sharedMailbox = Mailbox.start();
            shared = start(sharedMailbox.serverProperties().toArray(String[]::new));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                shared.close();
                sharedMailbox.close();
            }, "stop-shared-broadsheet"));
        }
        return shared;
    }

    /** The SMTP server the shared server sends its mail to. */
    static synchronized Mailbox sharedMailbox() throws IOException, InterruptedException {
        shared();
        return sharedMailbox;
    }

    /** A server of its own, for a test that needs other settings ({@code -Dbroadsheet.…} system properties). */
    static BroadsheetServer start(String... systemProperties) throws IOException, InterruptedException {
        return startWithPasswords(PASSWORDS, systemProperties);
    }

    /** A server of its own whose demo accounts get these passwords; the others' are generated at first start. */
    static BroadsheetServer startWithPasswords(Map<String, String> passwords, String... systemProperties)
            throws IOException, InterruptedException {
        var server = new BroadsheetServer(Files.createTempDirectory("broadsheet-browser-"), passwords,
                List.of(systemProperties));
        server.launch();
        return server;
    }

    /**
     * Kills the server without warning, as a crash or the kernel's out-of-memory killer would (SIGKILL: no
     * shutdown hook runs, nothing is flushed or closed). Its files stay for {@link #restart()}.
     */
    void crash() {
        process.destroyForcibly();
    }

    /** The server's process id, for benchmarks that read its heap. */
    long pid() {
        return process.pid();
    }

    /** Starts the server again, on a new port, on the same database files, once the old process is gone. */
    void restart() throws IOException, InterruptedException {
        process.waitFor();
        launch();
    }

    private void launch() throws IOException, InterruptedException {
        // Now and then a boot stalls inside Payara (its log stops growing; seen once while other builds ran):
        // a second boot is cheaper than a failed suite.
        for (int attempt = 1; ; attempt++) {
            startProcess();
            if (awaitReady(Duration.ofMinutes(6))) { // a busy two-core machine has taken more than three
                return;
            }
            process.destroyForcibly().waitFor();
            if (attempt == 2) {
                var last = log;
                close();
                throw new IllegalStateException("Broadsheet was not ready after two boots; see " + last);
            }
        }
    }

    private void startProcess() throws IOException {
        var port = freePort();
        var command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m"));
        command.addAll(systemProperties);
        command.addAll(TestEnvironment.databaseProperties(databaseUrl));
        // Demo content on PostgreSQL too (on H2 it is the default), its generated passwords beside the H2 file.
        command.add("-Dbroadsheet.demo-content=true");
        command.add("-Dbroadsheet.demo-content.passwords-file=" + dataFolder().resolve("demo-passwords.txt"));
        command.addAll(List.of(
                "-jar", required("payara.microJar"),
                "--nocluster",
                "--prebootcommandfile", required("broadsheet.preBootCommands"),
                "--port", String.valueOf(port),
                "--rootdir", folder.resolve("payara").toString(),
                "--deploy", required("broadsheet.war"),
                "--contextroot", "/"));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        // Only the passwords given here: none a developer's shell happens to have set.
        PASSWORDS.keySet().forEach(user -> builder.environment().remove(passwordVariable(user)));
        passwords.forEach((user, password) ->
                builder.environment().put(passwordVariable(user), password));
        process = builder.start();
        baseUrl = "http://127.0.0.1:" + port + "/";
        log = Path.of(System.getProperty("broadsheet.browserLog", "target/browser-server.log"))
                .resolveSibling("browser-server-" + port + ".log");
        ServerProcesses.logCapped(process, log);
    }

    /** The folder of the H2 database file, as {@code -Dbroadsheet.data} is for `./mvnw -Prun`. */
    Path dataFolder() {
        return folder.resolve("db");
    }

    /** What the server printed since it last started (capped). */
    Path log() {
        return log;
    }

    /** Payara Micro's own folder: its configuration and any log files it writes. */
    Path serverFolder() {
        return folder.resolve("payara");
    }

    @Override
    public String url(String path) {
        return baseUrl + path;
    }

    @Override
    public URI readiness() {
        return uri("health/ready");
    }

    /** How much the server has logged so far (up to the cap). */
    long logSize() throws IOException {
        return Files.size(log);
    }

    /** What the server has logged since {@code offset} bytes. */
    String logSince(long offset) throws IOException {
        var bytes = Files.readAllBytes(log);
        return new String(bytes, (int) Math.min(offset, bytes.length), (int) Math.max(0, bytes.length - offset),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Whether the server became ready: false once it has exited, stalled (no log for three minutes) or timed out. */
    private boolean awaitReady(Duration timeout) throws InterruptedException {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var ready = HttpRequest.newBuilder(URI.create(url("health/ready"))).timeout(Duration.ofSeconds(5)).build();
        // Readiness turns UP once first-start work is done, seconds before every page is served (seen: /login
        // failing while "/" answered); Payara Micro says when it has finished.
        var deadline = Instant.now().plus(timeout);
        var readinessSaidUp = false;
        var logged = -1L;
        var lastProgress = Instant.now();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                System.err.println("Payara Micro exited with " + process.exitValue() + "; see " + log);
                return false;
            }
            var size = log.toFile().length();
            if (size != logged) {
                logged = size;
                lastProgress = Instant.now();
            } else if (Duration.between(lastProgress, Instant.now()).compareTo(Duration.ofMinutes(3)) > 0) {
                System.err.println("Payara Micro stalled while starting: nothing logged for three minutes; see " + log);
                return false;
            }
            try {
                readinessSaidUp = readinessSaidUp
                        || client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                if (readinessSaidUp && payaraSaysReady()) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        System.err.println("Broadsheet was not ready within " + timeout + "; see " + log);
        return false;
    }

    private boolean payaraSaysReady() {
        try {
            try (var lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
                return lines.anyMatch(line -> line.contains("Payara Micro ") && line.contains(" ready in "));
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteQuietly(folder);
    }

    private static String passwordVariable(String user) {
        return ServerProcesses.passwordVariable(user);
    }

    private static int freePort() throws IOException {
        return ServerProcesses.freePort();
    }

    private static String required(String property) {
        var value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("System property " + property + " is not set (run through Maven)");
        }
        return value;
    }

    private static void deleteQuietly(Path folder) {
        try (var paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
