package org.broadsheet.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.broadsheet.shared.MovingClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failed sign-ins slow down, then lock the username and the address, and are logged a bounded number of times. */
class SignInThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final List<Duration> waits = new ArrayList<>();
    private final List<String> log = new ArrayList<>();
    private final Logger logger = Logger.getLogger(SignInThrottle.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            log.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private SignInThrottle throttle;

    @BeforeEach
    void throttle() {
        throttle = new SignInThrottle();
        throttle.accountFailures = 5;
        throttle.addressFailures = 20;
        throttle.slowAfter = 3;
        throttle.lockMinutes = 15;
        throttle.clock = clock;
        throttle.pause = waits::add;
        throttle.start();
        logger.addHandler(capture);
    }

    @AfterEach
    void stopCapture() {
        logger.removeHandler(capture);
    }

    @Test
    void failures_of_a_username_slow_down_and_then_lock_it_even_for_the_right_password() {
        for (int i = 0; i < 5; i++) {
            failFor("admin", "203.0.113.7");
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(throttle.lockedFor("admin", "198.51.100.1")).as("from any address").contains(Duration.ofMinutes(15));

        var withTheRightPassword = throttle.begin("admin", "198.51.100.1");
        assertThat(withTheRightPassword.refused()).isTrue();
        assertThat(waits).as("a refused attempt does not wait").hasSize(2);
        assertThat(throttle.begin("editor", "198.51.100.1").refused()).as("other usernames stay open").isFalse();
    }

    @Test
    void a_username_nobody_has_is_counted_and_locked_the_same_way() {
        for (int i = 0; i < 5; i++) {
            failFor("no-such-person", "203.0.113.7");
        }
        assertThat(throttle.lockedFor("no-such-person", "203.0.113.8")).contains(Duration.ofMinutes(15));
    }

    @Test
    void the_lock_ends_and_failures_count_again_from_nothing() {
        for (int i = 0; i < 5; i++) {
            failFor("admin", "203.0.113.7");
        }
        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.lockedFor("admin", "203.0.113.7")).isEmpty();
        waits.clear();
        var next = throttle.begin("admin", "203.0.113.7");
        assertThat(next.refused()).isFalse();
        assertThat(waits).isEmpty();
    }

    @Test
    void many_usernames_from_one_address_lock_the_address() {
        for (int i = 0; i < 20; i++) {
            failFor("guess-" + i, "203.0.113.7");
        }
        assertThat(waits).as("slowed from the fourth failure, at most 8 s").hasSize(17).endsWith(Duration.ofSeconds(8));
        assertThat(throttle.lockedFor("editor", "203.0.113.7")).contains(Duration.ofMinutes(15));
        assertThat(throttle.begin("editor", "203.0.113.7").refused()).isTrue();
        assertThat(throttle.begin("editor", "198.51.100.1").refused()).as("from elsewhere").isFalse();
    }

    @Test
    void signing_in_clears_the_usernames_failures_and_does_not_count_against_the_address() {
        failFor("editor", "203.0.113.7");
        failFor("editor", "203.0.113.7");
        for (int i = 0; i < 30; i++) {
            throttle.succeeded(throttle.begin("editor", "203.0.113.7"));
        }
        assertThat(throttle.lockedFor("editor", "203.0.113.7")).isEmpty();
        assertThat(waits).isEmpty();
    }

    @Test
    void a_burst_of_attempts_that_have_not_failed_yet_cannot_pass_the_limit() {
        var underWay = new ArrayList<SignInThrottle.Attempt>();
        for (int i = 0; i < 8; i++) {
            underWay.add(throttle.begin("admin", "203.0.113.7"));
        }
        assertThat(underWay.stream().filter(a -> !a.refused())).hasSize(5);
    }

    @Test
    void failures_are_logged_with_username_address_and_count_and_a_flood_writes_few_lines() {
        failFor("admin", "203.0.113.7");
        assertThat(log).singleElement().asString()
                .contains("'admin'", "203.0.113.7", "1 of this username", "1 from this address");

        for (int i = 0; i < 200; i++) {
            failFor("guess-" + i, "198.51.100." + (i % 2));
        }
        assertThat(log.stream().filter(line -> line.contains("locked"))).hasSize(2);
        assertThat(log).hasSizeLessThan(20);
    }

    @Test
    void a_username_with_line_breaks_cannot_forge_log_lines() {
        failFor("admin\nSign-in OK for 'root'\u001B[2K", "203.0.113.7");
        assertThat(log).singleElement().asString().doesNotContain("\n").doesNotContain("\u001B");
    }

    private void failFor(String username, String address) {
        var attempt = throttle.begin(username, address);
        if (!attempt.refused()) {
            throttle.failed(attempt);
        }
    }
}
