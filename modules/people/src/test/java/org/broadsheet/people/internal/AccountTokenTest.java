package org.broadsheet.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import org.broadsheet.people.internal.AccountToken.Purpose;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void a_link_works_for_its_purpose_until_it_expires_or_is_used() {
        var issued = AccountToken.issue(7L, Purpose.RESET_PASSWORD, ISSUED);
        var token = issued.token();

        assertThat(token.usableAt(ISSUED.plus(Duration.ofMinutes(59)), Purpose.RESET_PASSWORD)).isTrue();
        assertThat(token.usableAt(ISSUED.plus(Duration.ofMinutes(60)), Purpose.RESET_PASSWORD)).as("an hour").isFalse();
        assertThat(token.usableAt(ISSUED, Purpose.CONFIRM_EMAIL)).as("another purpose").isFalse();
        token.use(ISSUED.plusSeconds(1));
        assertThat(token.usableAt(ISSUED.plusSeconds(2), Purpose.RESET_PASSWORD)).as("once").isFalse();

        var confirmation = AccountToken.issue(7L, Purpose.CONFIRM_EMAIL, ISSUED).token();
        assertThat(confirmation.usableAt(ISSUED.plus(Duration.ofHours(47)), Purpose.CONFIRM_EMAIL)).isTrue();
        assertThat(confirmation.usableAt(ISSUED.plus(Duration.ofHours(48)), Purpose.CONFIRM_EMAIL)).as("two days").isFalse();
    }

    @Test
    void the_secret_is_256_random_bits_and_only_its_digest_is_kept() {
        var secrets = new HashSet<String>();
        for (int i = 0; i < 1_000; i++) {
            var issued = AccountToken.issue(7L, Purpose.CONFIRM_EMAIL, ISSUED);
            assertThat(issued.secret()).matches("[A-Za-z0-9_-]{43}");
            assertThat(AccountToken.digestOf(issued.secret())).hasSize(64).isNotEqualTo(issued.secret());
            secrets.add(issued.secret());
        }
        assertThat(secrets).hasSize(1_000);
    }
}
