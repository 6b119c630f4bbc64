package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.broadsheet.app.testenv.TestEnvironment;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Every module's Flyway migrations, run on an empty H2 and an empty PostgreSQL, give the same schema: tables,
 * columns with their types, sizes and nullability, primary and foreign keys, unique constraints, indexes and
 * sequences. Runs in the PostgreSQL cell of the test matrix (it needs the run's PostgreSQL server).
 */
class MigrationsAgreeIT {

    // PostgreSQL's JDBC driver reports its own short type names; H2 the standard ones.
    private static final Map<String, String> STANDARD_TYPE = Map.of(
            "varchar", "character varying",
            "int8", "bigint",
            "int4", "integer",
            "int2", "smallint",
            "bool", "boolean",
            "timestamptz", "timestamp with time zone",
            "bpchar", "character",
            "bytea", "binary varying");

    @Test
    void h2_and_postgresql_get_the_same_schema_from_the_migrations() throws SQLException {
        var h2 = migrated("jdbc:h2:mem:migrations-agree;DB_CLOSE_DELAY=-1");
        var postgres = migrated(TestEnvironment.newPostgresDatabase());

        var onH2 = describe(h2, "PUBLIC");
        var onPostgres = describe(postgres, "public");

        assertThat(onPostgres).as("schema on PostgreSQL (left) against H2").containsExactlyElementsOf(onH2);
        assertThat(onH2).as("the comparison has something to compare")
                .anyMatch(line -> line.startsWith("column reader_comment.posted_at timestamp with time zone"))
                .anyMatch(line -> line.startsWith("foreign key article_topic(topic_id) -> topic(id)"))
                .anyMatch(line -> line.startsWith("index article(updated_at DESC, id DESC)"))
                .anyMatch(line -> line.startsWith("sequence comment_seq"));
    }

    private static DataSource migrated(String url) {
        var dataSource = ConfiguredDataSource.of(url, "broadsheet", url.startsWith("jdbc:h2:") ? "" : "broadsheet-tests");
        Flyway.configure(MigrationsAgreeIT.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        return dataSource;
    }

    /** The schema as sorted lines of text, so that a difference shows as the lines that differ. */
    private static List<String> describe(DataSource dataSource, String schema) throws SQLException {
        var lines = new TreeSet<String>();
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            var tables = new ArrayList<String>();
            try (var rows = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    var table = rows.getString("TABLE_NAME");
                    if (!table.equalsIgnoreCase("flyway_schema_history")) {
                        tables.add(table);
                    }
                }
            }
            var h2Generated = h2ConstraintIndexes(connection, schema);
            for (var table : tables) {
                describeTable(meta, schema, table, h2Generated, lines);
            }
            try (var statement = connection.createStatement();
                 var rows = statement.executeQuery("select sequence_name, start_value, increment"
                         + " from information_schema.sequences where lower(sequence_schema) = 'public'")) {
                while (rows.next()) {
                    lines.add("sequence " + lower(rows.getString(1)) + " start " + rows.getLong(2)
                            + " increment " + rows.getLong(3));
                }
            }
        }
        return List.copyOf(lines);
    }

    private static void describeTable(DatabaseMetaData meta, String schema, String table, Set<String> h2Generated,
                                      Set<String> lines) throws SQLException {
        var name = lower(table);
        lines.add("table " + name);
        try (var rows = meta.getColumns(null, schema, table, "%")) {
            while (rows.next()) {
                var type = lower(rows.getString("TYPE_NAME"));
                type = STANDARD_TYPE.getOrDefault(type, type);
                var size = type.startsWith("character") ? "(" + rows.getInt("COLUMN_SIZE") + ")" : "";
                lines.add("column " + name + "." + lower(rows.getString("COLUMN_NAME")) + " " + type + size
                        + (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : " null"));
            }
        }
        var primaryKey = new TreeSet<String>();
        try (var rows = meta.getPrimaryKeys(null, schema, table)) {
            while (rows.next()) {
                primaryKey.add(rows.getShort("KEY_SEQ") + ":" + lower(rows.getString("COLUMN_NAME")));
            }
        }
        lines.add("primary key " + name + primaryKey);
        try (var rows = meta.getImportedKeys(null, schema, table)) {
            while (rows.next()) {
                lines.add("foreign key " + name + "(" + lower(rows.getString("FKCOLUMN_NAME")) + ") -> "
                        + lower(rows.getString("PKTABLE_NAME")) + "(" + lower(rows.getString("PKCOLUMN_NAME")) + ")"
                        + " on delete " + rows.getShort("DELETE_RULE"));
            }
        }
        var indexes = new TreeMap<String, List<String>>();
        var unique = new HashMap<String, Boolean>();
        try (var rows = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rows.next()) {
                var index = rows.getString("INDEX_NAME");
                if (index == null || h2Generated.contains(index)) {
                    continue;
                }
                indexes.computeIfAbsent(index, ignored -> new ArrayList<>()).add(rows.getShort("ORDINAL_POSITION") + ":"
                        + lower(rows.getString("COLUMN_NAME")) + ("D".equals(rows.getString("ASC_OR_DESC")) ? " DESC" : ""));
                unique.put(index, !rows.getBoolean("NON_UNIQUE"));
            }
        }
        // Compared by what they cover, not by name: each database names the indexes behind constraints its own way.
        indexes.forEach((index, columns) -> lines.add((unique.get(index) ? "unique index " : "index ") + name + "("
                + String.join(", ", columns.stream().sorted().map(column -> column.substring(column.indexOf(':') + 1)).toList())
                + ")"));
    }

    /**
     * H2 backs every foreign key with an index of its own when none covers it; PostgreSQL never does. Those
     * come from the engine, not from a migration, so they are left out (unique and primary-key ones stay).
     */
    private static Set<String> h2ConstraintIndexes(Connection connection, String schema) throws SQLException {
        var names = new TreeSet<String>();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return names;
        }
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("select index_name from information_schema.indexes where is_generated"
                     + " and index_type_name = 'INDEX' and table_schema = '" + schema + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
