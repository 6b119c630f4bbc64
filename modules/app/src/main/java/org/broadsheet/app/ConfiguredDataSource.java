package org.broadsheet.app;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The site's database as MicroProfile Config describes it: {@code broadsheet.db.url}, {@code .user} and
 * {@code .password} (defaults in META-INF/microprofile-config.properties, an H2 file; a system property or an
 * environment variable such as {@code BROADSHEET_DB_URL} wins). The driver follows from the URL.
 * <p>
 * {@link SchemaMigration}'s {@code @DataSourceDefinition} names this class, so the server still creates,
 * pools and enlists the data source; the values are read here because the annotation's attributes are
 * constants, and each server has its own syntax for expanding them (Payara {@code ${MPCONFIG=…}}, WildFly
 * {@code ${env.…}} when a server setting allows it). Reading MicroProfile Config keeps the one WAR
 * configurable the same way on both, with no descriptor overlay.
 */
public class ConfiguredDataSource implements DataSource {

    private String configPrefix = "broadsheet.db";
    private volatile DataSource database;

    /**
     * Where in the configuration the database is described ({@code broadsheet.db}: {@code broadsheet.db.url}…).
     * Set by the server from the annotation's properties: WildFly refuses a data source that has none.
     */
    public void setConfigPrefix(String configPrefix) {
        this.configPrefix = configPrefix;
    }

    public String getConfigPrefix() {
        return configPrefix;
    }

    // Read on first use: the server sets the properties after constructing this.
    private DataSource database() {
        var described = database;
        if (described == null) {
            synchronized (this) {
                if (database == null) {
                    var config = ConfigProvider.getConfig(ConfiguredDataSource.class.getClassLoader());
                    database = of(config.getValue(configPrefix + ".url", String.class),
                            config.getOptionalValue(configPrefix + ".user", String.class).orElse(""),
                            config.getOptionalValue(configPrefix + ".password", String.class).orElse(""));
                }
                described = database;
            }
        }
        return described;
    }

    /** The driver's own data source for {@code url}. */
    static DataSource of(String url, String user, String password) {
        if (url.strip().startsWith("jdbc:h2:")) {
            var h2 = new JdbcDataSource();
            h2.setURL(url.strip());
            h2.setUser(user);
            h2.setPassword(password);
            return h2;
        }
        if (url.strip().startsWith("jdbc:postgresql:")) {
            var postgres = new PGSimpleDataSource();
            postgres.setURL(url.strip());
            postgres.setUser(user);
            postgres.setPassword(password);
            return postgres;
        }
        // Flyway's migrations are written for these two; any other database would fail later, less clearly.
        throw new IllegalStateException("broadsheet.db.url must name an H2 (jdbc:h2:…) or PostgreSQL"
                + " (jdbc:postgresql:…) database, not " + url.replaceFirst("^(jdbc:[^:]*:).*", "$1…"));
    }

    @Override
    public Connection getConnection() throws SQLException {
        return database().getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        // WildFly asks with the annotation's user, "" when it names none: the configured one is meant.
        if (username == null || username.isEmpty()) {
            return getConnection();
        }
        return database().getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return database().getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        database().setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        database().setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return database().getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return database().getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : database().unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || database().isWrapperFor(type);
    }
}
