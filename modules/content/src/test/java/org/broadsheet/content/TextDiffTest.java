package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.broadsheet.content.TextDiff.Kind;
import org.broadsheet.content.TextDiff.Piece;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void a_corrected_word_is_one_word_struck_and_one_inserted_not_a_paragraph_replaced() {
        var pieces = TextDiff.of("The harbour master, Anne Example, retires.\n\nShe served thirty years.\n",
                "The harbour master, Ann Example, retires.\n\nShe served thirty years.\n");

        assertThat(pieces).containsExactly(
                new Piece(Kind.SAME, "The harbour master, "),
                new Piece(Kind.REMOVED, "Anne "),
                new Piece(Kind.ADDED, "Ann "),
                new Piece(Kind.SAME, "Example, retires.\n\nShe served thirty years.\n"));
    }

    @Test
    void added_and_removed_paragraphs_are_whole_pieces() {
        var pieces = TextDiff.of("First.\nGone.\nLast.\n", "First.\nLast.\nNew ending.\n");

        assertThat(pieces).containsExactly(
                new Piece(Kind.SAME, "First.\n"),
                new Piece(Kind.REMOVED, "Gone.\n"),
                new Piece(Kind.SAME, "Last.\n"),
                new Piece(Kind.ADDED, "New ending.\n"));
    }

    @Test
    void the_pieces_give_back_either_text() {
        var before = "Seoul and Tokyo promise a thaw.\n\n> We will work together.\n>\n> — Park Ji-won, negotiator\n";
        var after = "Seoul and Tokyo promise a real thaw.\n\n> We will work closely together.\n>\n> — Park Ji-won, former negotiator\n\nMore soon.";
        var pieces = TextDiff.of(before, after);

        assertThat(text(pieces, Kind.ADDED)).isEqualTo(after);
        assertThat(text(pieces, Kind.REMOVED)).isEqualTo(before);
        assertThat(TextDiff.changed(pieces)).isTrue();
        assertThat(TextDiff.changed(TextDiff.of(before, before))).isFalse();
        assertThat(TextDiff.of("", "")).isEmpty();
    }

    @Test
    void a_wholly_rewritten_long_passage_is_shown_replaced_whole_and_quickly() {
        var before = "alpha ".repeat(TextDiff.MAX_WORDS + 1);
        var after = "omega ".repeat(TextDiff.MAX_WORDS + 1);

        assertThat(TextDiff.of(before, after)).containsExactly(new Piece(Kind.REMOVED, before), new Piece(Kind.ADDED, after));
    }

    /** The text the pieces spell with one side's changes: SAME plus either ADDED or REMOVED. */
    private static String text(List<Piece> pieces, Kind side) {
        return pieces.stream().filter(piece -> piece.kind() == Kind.SAME || piece.kind() == side)
                .map(Piece::text).collect(Collectors.joining());
    }
}
