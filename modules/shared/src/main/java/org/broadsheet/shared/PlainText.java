package org.broadsheet.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * What a person may put into the site's plain text (a name, a comment): Unicode in its composed form (NFC), so
 * the same words are stored alike however they were typed, and none of the characters that are not text.
 * Terminal escape sequences (which recolour or rewrite a terminal that shows the log or a database dump), NUL,
 * and the other C0 and C1 control characters are removed; newline and tab stay, and a carriage return becomes a
 * newline. Markup is not a matter for this class: it is escaped wherever text is shown.
 */
public final class PlainText {

    /**
     * An escape sequence as a terminal reads it: CSI ({@code ESC [} or U+009B, parameters, one final
     * character), OSC and the other string commands up to BEL or ST on the same line (unterminated, only their
     * introducer goes, so a stray one cannot swallow the rest of a comment), or ESC and one character.
     */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
            "(?:\\u001B\\[|\\u009B)[\\x20-\\x3F]*[\\x40-\\x7E]?"
                    + "|(?:\\u001B[\\]PX^_]|[\\u009D\\u0090\\u0098\\u009E\\u009F])[^\\u0007\\u001B\\u009C\\n]*(?:\\u0007|\\u001B\\\\|\\u009C)"
                    + "|\\u001B[\\x20-\\x7E]?");

    /** Control characters other than newline and tab, and halves of a character that lost its other half. */
    private static final Pattern NOT_TEXT = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]|\\p{Cs}");

    /**
     * A character a reader can see. Spaces, control and format characters (zero-width spaces, joiners, marks of
     * direction), combining marks with nothing to combine with, and the letters fonts draw as nothing (the
     * Hangul fillers, the blank Braille pattern) are not.
     */
    private static final Pattern VISIBLE = Pattern.compile(
            "[^\\p{Z}\\p{Cc}\\p{Cf}\\p{Cs}\\p{M}\\s\\u115F\\u1160\\u3164\\uFFA0\\u2800]");

    /** For Bean Validation's {@code @Pattern}: the value has at least one character a reader can see. */
    public static final String HAS_VISIBLE_CHARACTER =
            "(?s).*[^\\p{Z}\\p{Cc}\\p{Cf}\\p{Cs}\\p{M}\\s\\u115F\\u1160\\u3164\\uFFA0\\u2800].*";

    private PlainText() {
    }

    /** The text as the site keeps it; {@code null} stays {@code null} (a missing value is validation's matter). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        var lines = text.replace("\r\n", "\n").replace('\r', '\n');
        var withoutEscapes = ESCAPE_SEQUENCE.matcher(lines).replaceAll("");
        var textOnly = NOT_TEXT.matcher(withoutEscapes).replaceAll("");
        return Normalizer.normalize(textOnly, Normalizer.Form.NFC);
    }

    /** Whether nothing of the text would show: empty, spaces, or only invisible characters. */
    public static boolean isBlank(String text) {
        return text == null || !VISIBLE.matcher(text).find();
    }
}
