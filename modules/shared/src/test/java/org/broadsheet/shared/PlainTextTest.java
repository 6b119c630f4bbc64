package org.broadsheet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What is left of what a person typed, and whether any of it can be seen. */
class PlainTextTest {

    @Test
    void nul_and_other_control_characters_go_newlines_and_tabs_stay() {
        assertThat(PlainText.clean("In\u0000es\u0007 \u0008said\u007F\u0085\u009F:\n\tyes")).isEqualTo("Ines said:\n\tyes");
    }

    @Test
    void carriage_returns_become_newlines() {
        assertThat(PlainText.clean("one\r\ntwo\rthree")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void terminal_escape_sequences_go_whole_not_just_their_escape_character() {
        assertThat(PlainText.clean("\u001B[31mred\u001B[0m and \u001B[2J\u001B[1;1Hclear")).isEqualTo("red and clear");
        assertThat(PlainText.clean("\u001B]0;pwned title\u0007name")).isEqualTo("name");
        assertThat(PlainText.clean("\u001B]8;;http://evil.example\u001B\\link\u001B]8;;\u001B\\")).isEqualTo("link");
        assertThat(PlainText.clean("\u009B31mred")).isEqualTo("red");
        assertThat(PlainText.clean("a\u001Bcb")).isEqualTo("ab");
    }

    @Test
    void text_is_composed_so_the_same_words_are_stored_alike() {
        assertThat(PlainText.clean("Jose\u0301")).isEqualTo("Jos\u00E9");
        assertThat(PlainText.clean("Jos\u00E9")).isEqualTo("Jos\u00E9");
    }

    @Test
    void what_people_write_is_kept() {
        var text = "Ş\u00E9n <b>Kim</b> 김민준 — «ok» 👩‍👩‍👧 عربي\u200Cفارسی";
        assertThat(PlainText.clean(text)).isEqualTo(text);
        assertThat(PlainText.clean(null)).isNull();
    }

    @Test
    void a_lone_half_of_a_surrogate_pair_goes() {
        assertThat(PlainText.clean("a\uD800b\uDC00c")).isEqualTo("abc");
    }

    @Test
    void invisible_text_is_blank() {
        for (var invisible : new String[] {"", " \t\n", "\u200B\u200B\u200B", "\u200D\uFEFF\u2060", "\u3164", "\u115F\u1160",
                "\uFFA0", "\u2800", "\u00A0\u2003", "\u0301", "\u202E"}) {
            assertThat(PlainText.isBlank(invisible)).as(escaped(invisible)).isTrue();
            assertThat(invisible.matches(PlainText.HAS_VISIBLE_CHARACTER)).as(escaped(invisible)).isFalse();
        }
        assertThat(PlainText.isBlank(null)).isTrue();
    }

    @Test
    void one_visible_character_is_enough() {
        for (var visible : new String[] {"x", "\u200B李\u200B", " . ", "👍", "\u00E9"}) {
            assertThat(PlainText.isBlank(visible)).as(visible).isFalse();
            assertThat(visible.matches(PlainText.HAS_VISIBLE_CHARACTER)).as(visible).isTrue();
        }
    }

    private static String escaped(String text) {
        var out = new StringBuilder();
        text.codePoints().forEach(c -> out.append(String.format("U+%04X ", c)));
        return out.toString();
    }
}
