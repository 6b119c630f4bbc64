package org.broadsheet.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordStrengthTest {

    @Test
    void length_and_not_being_guessable_are_what_count() {
        assertThat(PasswordStrength.problemWith("lantern harbour violet engine")).isEmpty();
        assertThat(PasswordStrength.problemWith("Tr0ub4dor&3xyz")).isEmpty();
        assertThat(PasswordStrength.problemWith("x".repeat(200).replaceAll("x{4}$", "abcd"))).isEmpty();
    }

    @Test
    void each_weak_password_is_told_why_in_words_for_the_person_choosing_it() {
        assertThat(PasswordStrength.problemWith(null)).contains("Choose a password.");
        assertThat(PasswordStrength.problemWith("")).contains("Choose a password.");
        assertThat(PasswordStrength.problemWith("eleven char")).get().asString().startsWith("Use at least 12 characters");
        assertThat(PasswordStrength.problemWith("y".repeat(201))).contains("Use at most 200 characters.");
        for (var guessable : new String[] {"password1234", "PASSWORD1234", "Password1234", "123456789012",
                "qwertyuiop12", "aaaaaaaaaaaaaaaaa", "abababababab", "asdfghjklasd", "mnbvcxzmnbvc", "0987654321098",
                "correcthorsebatterystaple"}) {
            assertThat(PasswordStrength.problemWith(guessable)).as(guessable).get().asString()
                    .startsWith("That password is among the first ones attackers try.");
        }
    }

    @Test
    void length_counts_characters_not_java_chars_so_emoji_count_once() {
        // Eleven emoji are 22 Java chars but 11 characters: too short.
        assertThat(PasswordStrength.problemWith("🦊🐙🦉🐢🦋🐝🦀🐬🦒🐧🦔")).get().asString().startsWith("Use at least 12");
        assertThat(PasswordStrength.problemWith("🦊🐙🦉🐢🦋🐝🦀🐬🦒🐧🦔🐸")).isEmpty();
    }
}
