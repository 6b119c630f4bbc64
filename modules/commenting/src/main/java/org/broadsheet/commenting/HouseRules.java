package org.broadsheet.commenting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Locale;

/**
 * The site's rules for comments, set by editors: who waits for moderation, how many links a comment may carry
 * before it waits, words that refuse a comment outright, and words that make it wait for an editor; who may comment,
 * how many days after publishing an article's comments close (0: never), and how many readers' reports hide a comment
 * until a moderator looks. Words match whole words or phrases, whatever their case.
 */
public record HouseRules(
        @NotNull ModerationPolicy policy,
        @PositiveOrZero(message = "The number of links cannot be negative")
        @Max(value = 50, message = "Say at most 50 links") int maxLinks,
        @NotNull @Size(max = 500, message = "At most 500 banned words") List<@NotNull @Size(max = 80) String> bannedWords,
        @NotNull @Size(max = 500, message = "At most 500 words to check") List<@NotNull @Size(max = 80) String> suspectWords,
        @NotNull Commenters commenters,
        @PositiveOrZero(message = "The number of days cannot be negative")
        @Max(value = 3650, message = "Say at most 3650 days (0 keeps comments open)") int closeAfterDays,
        @Positive(message = "At least one report is needed to hide a comment")
        @Max(value = 100, message = "Say at most 100 reports") int hideAfterReports) {

    /**
     * What a new site starts with: everyone may comment, first comments wait, two links pass, no word lists,
     * comments never close by themselves, three readers' reports hide a comment.
     */
    public static final HouseRules DEFAULT = new HouseRules(ModerationPolicy.FIRST_TIME, 2, List.of(), List.of());

    /** The given moderation and word rules, the rest as {@link #DEFAULT} has them. */
    public HouseRules(ModerationPolicy policy, int maxLinks, List<String> bannedWords, List<String> suspectWords) {
        this(policy, maxLinks, bannedWords, suspectWords, Commenters.EVERYONE, 0, 3);
    }

    /** These rules, with who may comment and when comments close as given. */
    public HouseRules opening(Commenters commenters, int closeAfterDays) {
        return new HouseRules(policy, maxLinks, bannedWords, suspectWords, commenters, closeAfterDays, hideAfterReports);
    }

    /** These rules, hiding a comment after as many reports as given. */
    public HouseRules hidingAfter(int reports) {
        return new HouseRules(policy, maxLinks, bannedWords, suspectWords, commenters, closeAfterDays, reports);
    }

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
