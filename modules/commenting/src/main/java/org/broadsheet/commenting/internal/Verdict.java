package org.broadsheet.commenting.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;

/**
 * What the house rules make of a comment as it is posted: shown at once, held for an editor (with every reason, so
 * the editor sees why), rejected for a banned word, or spam. The strictest rule wins: spam, then a banned word,
 * then any reason to hold it.
 */
record Verdict(CommentStatus status, List<String> reasons) {

    /** Who decided, on the comment's record, when no editor did. */
    static final String HOUSE_RULES = "(house rules)";

    /** A web address, however it is written: with a scheme, or starting www. */
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.)");

    Verdict {
        reasons = List.copyOf(reasons);
    }

    /**
     * The house rules with their word lists made ready to match, once per change of the rules rather than once per
     * comment (up to a thousand words).
     */
    record Rules(HouseRules house, Map<String, Pattern> banned, Map<String, Pattern> suspect) {

        static Rules of(HouseRules house) {
            return new Rules(house, patterns(house.bannedWords()), patterns(house.suspectWords()));
        }

        private static Map<String, Pattern> patterns(List<String> words) {
            var patterns = new LinkedHashMap<String, Pattern>();
            words.forEach(word -> patterns.put(word, Pattern.compile("(?<![\\p{L}\\p{N}])"
                    + Pattern.quote(comparable(word)) + "(?![\\p{L}\\p{N}])")));
            return patterns;
        }
    }

    /** As {@link #on(String, boolean, boolean, ModerationPolicy, Rules)} under the rules' own policy. */
    static Verdict on(String body, boolean trapped, boolean knownCommenter, HouseRules rules) {
        return on(body, trapped, knownCommenter, rules.policy(), Rules.of(rules));
    }

    /**
     * @param knownCommenter a signed-in reader who has had a comment approved before (a guest never is: anyone can
     *                       type someone else's name and address)
     * @param policy         who waits on this article: the site's, or what editors set for the article
     */
    static Verdict on(String body, boolean trapped, boolean knownCommenter, ModerationPolicy policy, Rules rules) {
        if (trapped) {
            return new Verdict(CommentStatus.SPAM, List.of("Filled in the field only bots see"));
        }
        var text = comparable(body);
        var banned = firstOf(rules.banned(), text);
        if (banned.isPresent()) {
            return new Verdict(CommentStatus.REJECTED, List.of("Uses a banned word: " + banned.get()));
        }
        var reasons = new ArrayList<String>();
        long links = LINK.matcher(body).results().count();
        int maxLinks = rules.house().maxLinks();
        if (links > maxLinks) {
            reasons.add("Has " + links + " links (more than " + maxLinks + ")");
        }
        firstOf(rules.suspect(), text).ifPresent(word -> reasons.add("Uses a word to check: " + word));
        if (policy == ModerationPolicy.ALL) {
            reasons.add("Every comment waits for an editor");
        } else if (policy == ModerationPolicy.FIRST_TIME && !knownCommenter) {
            reasons.add("A first comment, or a guest's");
        }
        return new Verdict(reasons.isEmpty() ? CommentStatus.APPROVED : CommentStatus.PENDING, reasons);
    }

    /**
     * The text as words are compared: compatibility forms folded (full-width letters, ligatures), lower case, so
     * "ＳＰＡＭ" and "Spam" are both spam.
     */
    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    /** The first word or phrase of the list the text uses as a whole word (not "class" for "ass"). */
    private static Optional<String> firstOf(Map<String, Pattern> words, String text) {
        return words.entrySet().stream()
                .filter(word -> word.getValue().matcher(text).find())
                .map(Map.Entry::getKey)
                .findFirst();
    }

    String heldBecause() {
        return String.join("\n", reasons);
    }
}
