package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

class ConfiguredDataSourceTest {

    @Test
    void the_url_chooses_the_driver() throws SQLException {
        assertThat(ConfiguredDataSource.of("jdbc:h2:mem:configured", "broadsheet", "secret"))
                .isInstanceOf(JdbcDataSource.class);
        var postgres = ConfiguredDataSource.of(" jdbc:postgresql://db.internal:5432/broadsheet ", "broadsheet", "secret");
        assertThat(postgres).isInstanceOfSatisfying(PGSimpleDataSource.class, pg -> {
            assertThat(pg.getServerNames()).containsExactly("db.internal");
            assertThat(pg.getPortNumbers()).containsExactly(5432);
            assertThat(pg.getDatabaseName()).isEqualTo("broadsheet");
            assertThat(pg.getUser()).isEqualTo("broadsheet");
        });
    }

    @Test
    void another_database_is_refused_by_name_without_repeating_the_rest_of_its_address() {
        assertThatThrownBy(() -> ConfiguredDataSource.of("jdbc:mysql://db.internal/broadsheet?password=secret", "u", "p"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("H2 (jdbc:h2:…) or PostgreSQL")
                .hasMessageContaining("jdbc:mysql:…")
                .hasMessageNotContaining("secret");
    }
}
