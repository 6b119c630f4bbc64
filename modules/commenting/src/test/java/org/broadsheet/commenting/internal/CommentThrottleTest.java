package org.broadsheet.commenting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.shared.MovingClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Comments from one address are limited in number, and the same text is taken once. */
class CommentThrottleTest {

    private final MovingClock clock = new MovingClock();
    private CommentThrottle throttle;

    @BeforeEach
    void throttle() {
        throttle = new CommentThrottle();
        throttle.perAddress = 3;
        throttle.windowMinutes = 10;
        throttle.repeatMinutes = 60;
        throttle.clock = clock;
        throttle.start();
    }

    @Test
    void an_address_posts_its_share_and_then_waits_for_the_window_to_close() {
        for (int i = 0; i < 3; i++) {
            post(1, "Ines", "Comment " + i, "203.0.113.7");
        }
        clock.advance(Duration.ofMinutes(4));
        assertThatThrownBy(() -> post(1, "Ines", "One more", "203.0.113.7"))
                .isInstanceOf(CommentRefusedException.class)
                .hasMessage("You have posted several comments in a short time. Please wait 6 minutes before posting another.");
        post(1, "Ines", "One more", "198.51.100.1");

        clock.advance(Duration.ofMinutes(6));
        post(1, "Ines", "At last", "203.0.113.7");
    }

    @Test
    void the_same_text_again_on_the_same_article_is_refused_from_the_same_address_or_under_the_same_name() {
        post(1, "Ines", "Well argued.", "203.0.113.7");

        assertThatThrownBy(() -> post(1, "Someone", "well   ARGUED.\u200B", "203.0.113.7"))
                .isInstanceOf(CommentRefusedException.class).hasMessage(CommentRefusedException.REPEATED);
        assertThatThrownBy(() -> post(1, " INES ", "Well argued.", "198.51.100.1"))
                .isInstanceOf(CommentRefusedException.class).hasMessage(CommentRefusedException.REPEATED);

        post(2, "Ines", "Well argued.", "203.0.113.7");
        post(1, "Other", "Well argued.", "198.51.100.1");
        clock.advance(Duration.ofMinutes(60));
        post(1, "Ines", "Well argued.", "203.0.113.7");
    }

    @Test
    void a_refused_comment_does_not_use_up_the_addresses_share() {
        post(1, "Ines", "Once", "203.0.113.7");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> post(1, "Ines", "Once", "203.0.113.7")).isInstanceOf(CommentRefusedException.class);
        }
        post(1, "Ines", "Twice", "203.0.113.7");
        post(1, "Ines", "Thrice", "203.0.113.7");
    }

    @Test
    void a_signed_in_account_posts_its_share_from_anywhere_and_reports_count_against_the_address() {
        for (int i = 0; i < 3; i++) {
            post(1, "Ines", "Comment " + i, "203.0.113." + i, 42L);
        }
        assertThatThrownBy(() -> post(1, "Ines", "From a fourth address", "198.51.100.9", 42L))
                .isInstanceOf(CommentRefusedException.class);
        post(1, "Ines", "From a fourth address", "198.51.100.9", null);

        throttle.admitReport("192.0.2.1");
        throttle.admitReport("192.0.2.1");
        throttle.admitReport("192.0.2.1");
        assertThatThrownBy(() -> throttle.admitReport("192.0.2.1")).isInstanceOf(CommentRefusedException.class);
    }

    @Test
    void texts_are_compared_as_the_eye_reads_them() {
        assertThat(CommentThrottle.sameWords(" Well\u00A0 argued\u200B.\n")).isEqualTo("well argued.");
    }

    private void post(long article, String name, String body, String address) {
        post(article, name, body, address, null);
    }

    private void post(long article, String name, String body, String address, Long account) {
        var comment = new GuestComment(name, "reader@example.org", body);
        throttle.admit(article, comment, address, account);
        throttle.stored(article, comment, address);
    }
}
