package org.broadsheet.app;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before anything reads it. Each module ships its migrations under
 * {@code db/migration} in its own jar (V1_1 people, V1_2 content, ...); Flyway finds them all.
 */
@Singleton
@Startup
public class SchemaMigration {

    @Resource(lookup = "java:app/jdbc/broadsheet")
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
