package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Demo accounts and articles go to the embedded database, or wherever configuration asks; nowhere else. */
class DemoContentChoiceTest {

    @Test
    void by_default_only_the_embedded_h2_database_gets_the_demo() {
        var auto = DemoContentChoice.of("auto");

        assertThat(auto.createsDemoOn("H2")).isTrue();
        assertThat(auto.createsDemoOn("PostgreSQL")).isFalse();
    }

    @Test
    void configuration_can_ask_for_it_anywhere_or_turn_it_off() {
        assertThat(DemoContentChoice.of("true").createsDemoOn("PostgreSQL")).isTrue();
        assertThat(DemoContentChoice.of(" FALSE ").createsDemoOn("H2")).isFalse();
    }

    @Test
    void an_unknown_value_is_refused_with_the_values_it_may_take() {
        assertThatThrownBy(() -> DemoContentChoice.of("yes"))
                .hasMessage("broadsheet.demo-content is \"yes\"; it must be auto, true or false");
    }
}
