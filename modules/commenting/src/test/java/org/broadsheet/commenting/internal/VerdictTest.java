package org.broadsheet.commenting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static final HouseRules OPEN = new HouseRules(ModerationPolicy.NONE, 2, List.of("Buy Now", "scam"),
            List.of("idiot", "kill"));

    @Test
    void a_clean_comment_is_shown_at_once_when_nothing_holds_it() {
        var verdict = Verdict.on("A fair point about the port's budget.", false, false, OPEN);
        assertThat(verdict.status()).isEqualTo(CommentStatus.APPROVED);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void who_waits_follows_the_policy_and_a_guest_is_never_a_known_commenter() {
        var all = new HouseRules(ModerationPolicy.ALL, 2, List.of(), List.of());
        assertThat(Verdict.on("Hello", false, true, all).reasons()).containsExactly("Every comment waits for an editor");
        var firstTime = new HouseRules(ModerationPolicy.FIRST_TIME, 2, List.of(), List.of());
        assertThat(Verdict.on("Hello", false, false, firstTime).reasons()).containsExactly("A first comment, or a guest's");
        assertThat(Verdict.on("Hello", false, true, firstTime).status()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void a_banned_word_rejects_whatever_its_case_or_width_but_only_as_a_whole_word() {
        assertThat(Verdict.on("BUY   NOW".replace("   ", " ") + "!", false, true, OPEN).status())
                .isEqualTo(CommentStatus.REJECTED);
        var fullWidth = Verdict.on("This is a ｓｃａｍ.", false, true, OPEN);
        assertThat(fullWidth.status()).isEqualTo(CommentStatus.REJECTED);
        assertThat(fullWidth.reasons()).containsExactly("Uses a banned word: scam");
        assertThat(Verdict.on("Scampi for lunch, and a scamper home.", false, true, OPEN).status())
                .as("not at the start of a longer word").isEqualTo(CommentStatus.APPROVED);
        assertThat(Verdict.on("The antiscam unit was busy.", false, true, OPEN).status())
                .as("nor at its end").isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void links_past_the_limit_and_words_to_check_hold_the_comment_giving_every_reason() {
        var verdict = Verdict.on("See https://a.example, http://b.example and www.c.example, you idiot.", false, true,
                OPEN);
        assertThat(verdict.status()).isEqualTo(CommentStatus.PENDING);
        assertThat(verdict.reasons()).containsExactly("Has 3 links (more than 2)", "Uses a word to check: idiot");
        assertThat(Verdict.on("Two: https://a.example and https://b.example", false, true, OPEN).status())
                .isEqualTo(CommentStatus.APPROVED);
        assertThat(Verdict.on("Skills and killjoys", false, true, OPEN).status()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void the_field_only_bots_see_makes_spam_before_any_other_rule() {
        var verdict = Verdict.on("This is a scam", true, true, OPEN);
        assertThat(verdict.status()).isEqualTo(CommentStatus.SPAM);
        assertThat(verdict.reasons()).containsExactly("Filled in the field only bots see");
    }

    @Test
    void word_lists_are_kept_trimmed_lower_case_and_without_blanks_or_repeats() {
        var rules = new HouseRules(ModerationPolicy.NONE, 0, List.of(" Spam ", "", "spam", "SPAM eggs"), List.of());
        assertThat(rules.bannedWords()).containsExactly("spam", "spam eggs");
    }
}
