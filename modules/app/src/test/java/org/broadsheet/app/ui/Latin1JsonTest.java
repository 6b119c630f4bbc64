package org.broadsheet.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Latin1JsonTest {

    @Test
    void characters_beyond_latin1_become_escapes_that_mean_the_same() {
        assertThat(Latin1Json.escape("{\"title\":\"Seoul — Tokyo’s thaw · café\"}"))
                .isEqualTo("{\"title\":\"Seoul \\u2014 Tokyo\\u2019s thaw · café\"}");
    }

    @Test
    void text_without_them_is_returned_as_it_is() {
        var json = "{\"changes\":[]}";
        assertThat(Latin1Json.escape(json)).isSameAs(json);
        assertThat(Latin1Json.escape(null)).isNull();
    }
}
