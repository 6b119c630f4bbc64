package org.broadsheet.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Counting attempts per key in a window, within a bounded memory. */
class RecentAttemptsTest {

    private final MovingClock clock = new MovingClock();
    private final RecentAttempts attempts = new RecentAttempts(3, Duration.ofMinutes(10), clock);

    @Test
    void attempts_count_per_key_until_the_window_closes() {
        assertThat(attempts.add("admin")).isEqualTo(1);
        assertThat(attempts.add("admin")).isEqualTo(2);
        assertThat(attempts.add("editor")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(9));
        assertThat(attempts.count("admin")).isEqualTo(2);
        assertThat(attempts.remaining("admin")).isEqualTo(Duration.ofMinutes(1));

        clock.advance(Duration.ofMinutes(1));
        assertThat(attempts.count("admin")).isZero();
        assertThat(attempts.remaining("admin")).isZero();
        assertThat(attempts.add("admin")).isEqualTo(1);
    }

    @Test
    void an_attempt_taken_back_no_longer_counts() {
        attempts.add("10.0.0.1");
        attempts.add("10.0.0.1");
        attempts.takeBack("10.0.0.1");
        assertThat(attempts.count("10.0.0.1")).isEqualTo(1);
        attempts.takeBack("10.0.0.1");
        attempts.takeBack("10.0.0.1");
        assertThat(attempts.count("10.0.0.1")).isZero();
        attempts.forget("nobody");
    }

    @Test
    void memory_stays_bounded_however_many_keys_arrive() {
        var large = new RecentAttempts(1_000, Duration.ofHours(1), clock);
        for (int i = 0; i < 100_000; i++) {
            large.add("random-user-" + i);
        }
        assertThat(large.size()).isEqualTo(1_000);
        assertThat(large.count("random-user-99999")).isEqualTo(1);
        assertThat(large.count("random-user-0")).as("the oldest windows are forgotten first").isZero();
    }

    @Test
    void expired_windows_make_room_before_live_ones_are_forgotten() {
        attempts.add("a");
        clock.advance(Duration.ofMinutes(5));
        attempts.add("b");
        attempts.add("c");
        clock.advance(Duration.ofMinutes(5));
        attempts.add("d"); // "a" has expired: it goes, "b" and "c" stay
        assertThat(attempts.count("b")).isEqualTo(1);
        assertThat(attempts.count("c")).isEqualTo(1);
        assertThat(attempts.size()).isEqualTo(3);
    }
}
