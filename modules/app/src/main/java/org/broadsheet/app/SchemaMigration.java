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
 * <p>The application declares its own data source, so a laptop needs no server set-up, and neither Payara nor
 * WildFly needs one: the server pools and enlists it; {@link ConfiguredDataSource} reads where the database
 * is from MicroProfile Config (an H2 file by default; BROADSHEET_DB_URL and friends for PostgreSQL).
 *
 * <p>On H2 it also makes every commit reach the database file before it returns (see {@link #commitDurably}).
 */
@DataSourceDefinition(
        name = SchemaMigration.DATA_SOURCE,
        className = "org.broadsheet.app.ConfiguredDataSource",
        properties = "configPrefix=broadsheet.db",
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
            } catch (SQLException refused) {
                // Better not to start than to acknowledge writes a crash can take back.
                throw new IllegalStateException("Could not make H2 write each commit at once (SET WRITE_DELAY 0"
                        + " needs an admin user of the database): " + refused.getMessage(), refused);
            }
        } catch (SQLException unreachable) {
            throw new IllegalStateException("Could not connect to the database that broadsheet.db.url names: "
                    + unreachable.getMessage(), unreachable);
        }
    }
}
