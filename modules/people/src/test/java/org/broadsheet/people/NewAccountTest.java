package org.broadsheet.people;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewAccountTest {

    @Test
    void the_password_never_reaches_a_log_through_toString() {
        var account = new NewAccount("elena", "elena@example.com", "Elena Marsh", "a secret passphrase", Set.of("editor"));

        assertThat(account.toString()).contains("elena").doesNotContain("a secret passphrase");
    }

    @Test
    void short_passwords_and_odd_usernames_are_refused() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            var validator = factory.getValidator();
            assertThat(validator.validate(new NewAccount("elena", "elena@example.com", "Elena", "long enough passphrase", Set.of("editor"))))
                    .isEmpty();
            assertThat(validator.validate(new NewAccount("elena", "elena@example.com", "Elena", "short", Set.of("editor")))).hasSize(1);
            assertThat(validator.validate(new NewAccount("system:admin", "system-admin@example.com", "X", "long enough passphrase", Set.of("admin"))))
                    .as("':' is reserved for run-as principals").hasSize(1);
            assertThat(validator.validate(new NewAccount("elena", "elena@example.com", "Elena", "long enough passphrase", Set.of())))
                    .hasSize(1);
        }
    }
}
