package org.broadsheet.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
        Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }
}
