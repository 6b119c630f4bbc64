package org.broadsheet.commenting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * The site's rules for comments, set by editors: who waits for moderation, how many links a comment may carry
 * before it waits, words that refuse a comment outright, and words that make it wait for an editor. Words match
 * whole words or phrases, whatever their case.
 */
public record HouseRules(
        @NotNull ModerationPolicy policy,
        @PositiveOrZero(message = "The number of links cannot be negative")
        @Max(value = 50, message = "Say at most 50 links") int maxLinks,
        @NotNull @Size(max = 500, message = "At most 500 banned words") List<@NotNull @Size(max = 80) String> bannedWords,
        @NotNull @Size(max = 500, message = "At most 500 words to check") List<@NotNull @Size(max = 80) String> suspectWords) {

    /** What a new site starts with: first comments wait, two links pass, no word lists. */
    public static final HouseRules DEFAULT = new HouseRules(ModerationPolicy.FIRST_TIME, 2, List.of(), List.of());

    public HouseRules {
        bannedWords = words(bannedWords);
        suspectWords = words(suspectWords);
    }

    /** One word or phrase a line, trimmed, lower case, blank lines and repeats dropped. */
    public static List<String> words(List<String> typed) {
        return typed == null ? List.of() : typed.stream()
                .map(word -> word == null ? "" : word.strip().toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList();
    }
}
