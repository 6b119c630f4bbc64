package org.broadsheet.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Declares the database and brings its schema up to date before anything reads it. Each module ships its
 * migrations under {@code db/migration} in its own jar (V1_1 people, V1_2 content, ...); Flyway finds them.
 *
 * <p>The application declares its own data source, so a laptop needs no server set-up. Every value comes
 * from MicroProfile Config: defaults in META-INF/microprofile-config.properties (an H2 file), overridden by
 * a system property or an environment variable (BROADSHEET_DB_URL, BROADSHEET_DB_CLASS, ...) for
 * PostgreSQL. Payara expands {@code ${MPCONFIG=...}}; server-config/wildfly says how WildFly does it.
 *
 * <p>On H2 it also makes every commit reach the database file before it returns (see {@link #commitDurably}).
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "${MPCONFIG=broadsheet.db.class}",
        url = "${MPCONFIG=broadsheet.db.url}",
        user = "${MPCONFIG=broadsheet.db.user}",
        password = "${MPCONFIG=broadsheet.db.password}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32)
@Singleton
@Startup
public class SchemaMigration {

    static final String DATA_SOURCE = "java:app/jdbc/broadsheet";

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    // Flyway commits its own work; inside a container transaction it could not.
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrate() {
        commitDurably();
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /**
     * H2 writes a commit to its file later, from a background thread (WRITE_DELAY, 500 ms by default): a
     * process killed in that window loses comments and articles the site had already acknowledged. With 0,
     * each commit is written to the file (the operating system's page cache) before the statement returns, so
     * it survives the process dying; it is not flushed to the disk itself (no fsync), see the README. Set here,
     * whatever URL an operator gives, rather than in the URL; H2 also keeps it in the database.
     */
    private void commitDurably() {
        try (var connection = dataSource.getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return; // PostgreSQL flushes its write-ahead log on every commit by default
            }
            try (var statement = connection.createStatement()) {
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException refused) {
            // Better not to start than to acknowledge writes a crash can take back.
            throw new IllegalStateException("Could not make H2 write each commit at once (SET WRITE_DELAY 0 needs"
                    + " an admin user of the database): " + refused.getMessage(), refused);
        }
    }
}
