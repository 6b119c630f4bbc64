package org.broadsheet.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The URL part of an article ({@code /articles/{slug}}). It is its own type because a slug is public and
 * permanent: once readers share a link it must keep working, so only plain ASCII that survives every mail
 * client, CMS and copy-paste is let in, whether it was derived from a headline or typed by an editor.
 *
 * @param value lower-case ASCII letters and digits in words joined by single hyphens, at most
 *              {@value #MAX_LENGTH} characters
 */
public record Slug(String value) {

    /** For {@code @Pattern(regexp = Slug.PATTERN)} on forms, so the UI and this type agree. */
    public static final String PATTERN = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 80;

    /**
     * What a headline that leaves no Latin letters or digits gets (e.g. one written only in Japanese or
     * Korean). Transliterating those scripts needs a dictionary-backed library such as ICU, and a
     * percent-encoded Unicode slug is unreadable in most places a link is pasted; so the headline still
     * gets a valid slug, and the editor (or the caller, on a clash) makes it specific.
     */
    private static final String FALLBACK = "article";

    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘ʼ]");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");

    /** Latin letters that NFKD leaves whole, so stripping marks alone would turn them into separators. */
    private static final Map<Character, String> LETTERS = Map.of(
            'ß', "ss", 'æ', "ae", 'œ', "oe", 'ø', "o", 'ł', "l",
            'đ', "d", 'þ', "th", 'ð', "d", 'ı', "i");

    public Slug {
        if (!isValid(value)) {
            throw new IllegalArgumentException("A slug must be 1 to " + MAX_LENGTH + " lower-case letters a-z, "
                    + "digits and single hyphens, not starting or ending with a hyphen; got "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }

    /** Whether an editor's typed slug would be accepted, for form validation before anything is saved. */
    public static boolean isValid(String candidate) {
        return candidate != null
                && !candidate.isEmpty()
                && candidate.length() <= MAX_LENGTH
                && VALID.matcher(candidate).matches();
    }

    /**
     * Derives a slug from a headline: accents are dropped, whitespace, dashes and punctuation become single
     * hyphens, apostrophes vanish ("Japan’s" is one word), and "&" reads as "and". A headline with nothing
     * left (null, blank, or only non-Latin script) gets "article".
     */
    public static Slug from(String headline) {
        return latinSpellingOf(headline).orElseGet(() -> new Slug(FALLBACK));
    }

    /**
     * The text spelt in slug form, as {@link #from} does, or nothing when no Latin letter or digit is left:
     * for callers that must tell two such texts apart rather than give both the same fallback.
     */
    public static Optional<Slug> latinSpellingOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String slug = Normalizer.normalize(text, Normalizer.Form.NFKD);
        slug = COMBINING_MARKS.matcher(slug).replaceAll("").toLowerCase(Locale.ROOT);
        slug = APOSTROPHES.matcher(slug).replaceAll("").replace("&", "-and-");
        slug = replaceUndecomposedLetters(slug);
        slug = SEPARATORS.matcher(slug).replaceAll("-");
        slug = cut(EDGE_HYPHENS.matcher(slug).replaceAll(""));
        return slug.isEmpty() ? Optional.empty() : Optional.of(new Slug(slug));
    }

    private static String replaceUndecomposedLetters(String text) {
        var out = new StringBuilder(text.length());
        text.chars().forEach(c -> out.append(LETTERS.getOrDefault((char) c, Character.toString(c))));
        return out.toString();
    }

    /** Keeps whole words where any fit; only a single word longer than the limit is cut mid-word. */
    private static String cut(String slug) {
        if (slug.length() <= MAX_LENGTH) {
            return slug;
        }
        int lastBoundary = slug.lastIndexOf('-', MAX_LENGTH);
        return slug.substring(0, lastBoundary > 0 ? lastBoundary : MAX_LENGTH);
    }

    @Override
    public String toString() {
        return value;
    }
}
