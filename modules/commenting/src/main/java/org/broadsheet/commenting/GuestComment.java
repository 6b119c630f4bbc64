package org.broadsheet.commenting;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.broadsheet.shared.PlainText;

/**
 * What a reader types under an article. The limits are the site's house rules, enforced both in the form
 * and again by the service, so a request that skips the form meets the same rules. The text is cleaned first
 * ({@link PlainText}: composed Unicode, no control characters or terminal escapes), and the rules hold for
 * what is left: a name of zero-width spaces is no name.
 */
public record GuestComment(
        @NotNull(message = GuestComment.NO_NAME) @Pattern(regexp = PlainText.HAS_VISIBLE_CHARACTER, message = GuestComment.NO_NAME)
        @Size(max = 80, message = "Keep your name under 80 characters")
        String name,
        @NotBlank(message = "Please give your email address; it is never shown")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = GuestComment.NOT_AN_EMAIL)
        @Size(max = 254, message = "This email address is too long") String email,
        @NotNull(message = GuestComment.EMPTY) @Pattern(regexp = PlainText.HAS_VISIBLE_CHARACTER, message = GuestComment.EMPTY)
        @Size(max = GuestComment.MAX_LENGTH, message = "Comments are limited to 5,000 characters") String body,
        // The form's field people never see (bots fill in every field they find): anything in it marks spam.
        String trap) {

    public static final int MAX_LENGTH = 5_000;
    public static final String NOT_AN_EMAIL = "This does not look like an email address";
    public static final String NO_NAME = "Please tell us your name";
    public static final String EMPTY = "The comment is empty";

    public GuestComment {
        name = PlainText.clean(name);
        email = PlainText.clean(email);
        body = PlainText.clean(body);
        trap = trap == null ? "" : trap;
    }

    /** What a person typed, the trap left empty. */
    public GuestComment(String name, String email, String body) {
        this(name, email, body, "");
    }

    /** Whatever filled in the field people cannot see. */
    public boolean trapped() {
        return !trap.isBlank();
    }
}
