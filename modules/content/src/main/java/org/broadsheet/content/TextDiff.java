package org.broadsheet.content;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, as an editor reads it: paragraphs (lines) first, then, inside a
 * changed paragraph, words, so a corrected name shows as one word struck and one inserted rather than a whole
 * paragraph replaced. Lines keep their line breaks, so the pieces put together give either text back.
 */
public final class TextDiff {

    /** Kept, taken out, or put in. */
    public enum Kind { SAME, REMOVED, ADDED }

    public record Piece(Kind kind, String text) {
    }

    /** Words with the spaces after them, so no piece of text is lost between tokens. */
    private static final Pattern WORD = Pattern.compile("\\S+\\s*|\\s+");
    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");
    /**
     * Past this many words on each side a changed paragraph is shown as replaced whole: word diffs of long, wholly
     * rewritten passages cost time as the product of their lengths and help no reader.
     */
    static final int MAX_WORDS = 3_000;

    private TextDiff() {
    }

    public static List<Piece> of(String before, String after) {
        var pieces = new ArrayList<Piece>();
        var from = split(LINE, before);
        var to = split(LINE, after);
        int kept = 0;
        for (var delta : DiffUtils.diff(from, to).getDeltas()) {
            var same = from.subList(kept, delta.getSource().getPosition());
            add(pieces, Kind.SAME, String.join("", same));
            var removed = String.join("", delta.getSource().getLines());
            var added = String.join("", delta.getTarget().getLines());
            if (delta.getType() == DeltaType.CHANGE) {
                words(pieces, removed, added);
            } else {
                add(pieces, Kind.REMOVED, removed);
                add(pieces, Kind.ADDED, added);
            }
            kept = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Kind.SAME, String.join("", from.subList(kept, from.size())));
        return List.copyOf(pieces);
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Piece> pieces) {
        return pieces.stream().anyMatch(piece -> piece.kind() != Kind.SAME);
    }

    private static void words(List<Piece> pieces, String removed, String added) {
        var from = split(WORD, removed);
        var to = split(WORD, added);
        if (from.size() > MAX_WORDS || to.size() > MAX_WORDS) {
            add(pieces, Kind.REMOVED, removed);
            add(pieces, Kind.ADDED, added);
            return;
        }
        int kept = 0;
        for (var delta : DiffUtils.diff(from, to).getDeltas()) {
            add(pieces, Kind.SAME, String.join("", from.subList(kept, delta.getSource().getPosition())));
            add(pieces, Kind.REMOVED, String.join("", delta.getSource().getLines()));
            add(pieces, Kind.ADDED, String.join("", delta.getTarget().getLines()));
            kept = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, Kind.SAME, String.join("", from.subList(kept, from.size())));
    }

    /** Appends a piece, merged with the one before it when they are of a kind; empty text adds nothing. */
    private static void add(List<Piece> pieces, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (!pieces.isEmpty() && pieces.getLast().kind() == kind) {
            pieces.set(pieces.size() - 1, new Piece(kind, pieces.getLast().text() + text));
        } else {
            pieces.add(new Piece(kind, text));
        }
    }

    private static List<String> split(Pattern pattern, String text) {
        var parts = new ArrayList<String>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            parts.add(matcher.group());
        }
        return parts;
    }
}
