package org.broadsheet.content.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.broadsheet.shared.Slug;
import org.broadsheet.content.TopicRef;

/**
 * A subject the newsroom files articles under, e.g. "East Asia". A topic is known by its name, whatever its
 * case or spacing ({@code nameKey}); its slug only has to be unique, so names that spell the same slug, or
 * none at all (東京, Україна), still get topics of their own.
 */
@Entity
@Table(name = "topic")
public class Topic {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");
    /** Names in a script slugs cannot spell are filed under this word and a token. */
    private static final String NO_LATIN_SPELLING = "topic";
    private static final int TOKEN_LENGTH = 6;
    private static final long TOKEN_RANGE = 2_176_782_336L; // 36^6: every six-character base-36 token
    /** More than enough: each attempt is a fresh 31-bit token, so even the second one practically never clashes. */
    static final int SLUG_ATTEMPTS = 20;

    @Id
    @SequenceGenerator(name = "topic_seq", sequenceName = "topic_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "topic_seq")
    private Long id;

    @Column(nullable = false, unique = true, length = Slug.MAX_LENGTH)
    private String slug;

    @NotBlank(message = TopicRef.NAME_BLANK)
    @Size(max = TopicRef.MAX_NAME_LENGTH, message = TopicRef.NAME_TOO_LONG)
    @Column(nullable = false, length = TopicRef.MAX_NAME_LENGTH)
    private String name;

    @Column(name = "name_key", nullable = false, unique = true, length = 320)
    private String nameKey;

    protected Topic() {
    }

    Topic(String slug, String name) {
        this.slug = slug;
        this.name = displayName(name);
        this.nameKey = key(name);
    }

    /** The name as shown: Unicode NFC, one space between words, none around them. */
    static String displayName(String name) {
        var composed = Normalizer.normalize(name, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").strip();
    }

    /** What two names must share to be the same topic: "East Asia" is " east  ASIA". */
    static String key(String name) {
        return displayName(name).toLowerCase(Locale.ROOT);
    }

    /**
     * Slugs a new topic of this name may take, best first: the name's Latin spelling, then that spelling (or
     * "topic" when there is none) with a token drawn from the name. Tokens depend on the name alone, so the
     * same name gets the same slug on every server; the caller takes the first one no other topic has.
     */
    static Stream<String> slugCandidates(String name) {
        return slugCandidates(name, NO_LATIN_SPELLING);
    }

    /** As for a topic, with {@code unspelled} for names no slug can spell (a speaker's is "speaker"). */
    static Stream<String> slugCandidates(String name, String unspelled) {
        var key = key(name);
        var spelling = Slug.latinSpellingOf(displayName(name)).map(Slug::value);
        var tokened = IntStream.range(0, SLUG_ATTEMPTS)
                .mapToObj(attempt -> withToken(spelling.orElse(unspelled), token(key, attempt)));
        return Stream.concat(spelling.stream(), tokened);
    }

    private static String withToken(String base, String token) {
        var room = Slug.MAX_LENGTH - token.length() - 1;
        if (base.length() <= room) {
            return base + "-" + token;
        }
        // Whole words where any fit, as a headline's slug is cut.
        var lastBoundary = base.lastIndexOf('-', room);
        return base.substring(0, lastBoundary > 0 ? lastBoundary : room) + "-" + token;
    }

    private static String token(String key, int attempt) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest((attempt + ":" + key).getBytes(StandardCharsets.UTF_8));
            long bits = 0;
            for (int i = 0; i < Long.BYTES; i++) {
                bits = (bits << 8) | (digest[i] & 0xff);
            }
            var token = Long.toString(Math.floorMod(bits, TOKEN_RANGE), 36);
            return "0".repeat(TOKEN_LENGTH - token.length()) + token;
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    String slug() {
        return slug;
    }

    TopicRef ref() {
        return new TopicRef(slug, name);
    }
}
