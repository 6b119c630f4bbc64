package org.broadsheet.commenting;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules for a reader's comment, as Bean Validation enforces them in the form and the service. */
class GuestCommentTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void a_reasonable_comment_passes() {
        assertThat(validator.validate(new GuestComment("Ines", "ines@example.org", "Well argued."))).isEmpty();
    }

    @Test
    void a_comment_of_exactly_five_thousand_characters_passes_and_one_more_does_not() {
        assertThat(validator.validate(new GuestComment("Ines", "ines@example.org", "x".repeat(5_000)))).isEmpty();
        assertThat(messages(new GuestComment("Ines", "ines@example.org", "x".repeat(5_001))))
                .containsExactly("Comments are limited to 5,000 characters");
    }

    @Test
    void a_blank_comment_is_refused() {
        assertThat(messages(new GuestComment("Ines", "ines@example.org", " \n\t "))).containsExactly("The comment is empty");
    }

    @Test
    void a_blank_name_is_refused() {
        assertThat(messages(new GuestComment("  ", "ines@example.org", "Hello"))).containsExactly("Please tell us your name");
    }

    @Test
    void malformed_email_addresses_are_refused() {
        for (var email : new String[] {"not-an-email", "ines@", "@example.org", "ines@example", "in es@example.org"}) {
            assertThat(messages(new GuestComment("Ines", email, "Hello"))).as(email)
                    .containsExactly(GuestComment.NOT_AN_EMAIL);
        }
    }

    @Test
    void markup_is_not_a_validation_matter_it_is_escaped_when_shown() {
        assertThat(validator.validate(new GuestComment("<b>Eve</b>", "eve@example.org", "<script>x()</script>")))
                .isEmpty();
    }

    @Test
    void control_characters_and_terminal_escapes_are_cleaned_out_of_every_field() {
        var comment = new GuestComment("In\u0000es\u001B[31m", "ines@exam\u0007ple.org", "\u001B]0;owned\u0007Well\u0085 put.\r\n\tYes\u009B2J");

        assertThat(comment.name()).isEqualTo("Ines");
        assertThat(comment.email()).isEqualTo("ines@example.org");
        assertThat(comment.body()).isEqualTo("Well put.\n\tYes");
        assertThat(validator.validate(comment)).isEmpty();
    }

    @Test
    void text_is_kept_in_composed_form() {
        assertThat(new GuestComment("Jose\u0301", "jose@example.org", "Cafe\u0301").body()).isEqualTo("Caf\u00E9");
    }

    @Test
    void a_name_nobody_can_see_is_refused() {
        for (var invisible : new String[] {"\u200B\u200B\u200B", "\u3164", "\u2800", "\u0000\u001B[0m", "\u2060\u00A0"}) {
            assertThat(messages(new GuestComment(invisible, "ines@example.org", "Hello"))).as(invisible)
                    .containsExactly("Please tell us your name");
        }
        assertThat(messages(new GuestComment(null, "ines@example.org", "Hello"))).containsExactly("Please tell us your name");
    }

    @Test
    void a_comment_nobody_can_see_is_empty() {
        assertThat(messages(new GuestComment("Ines", "ines@example.org", "\u200B\n\u200D"))).containsExactly("The comment is empty");
    }

    private static Set<String> messages(GuestComment comment) {
        return validator.validate(comment).stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet());
    }
}
