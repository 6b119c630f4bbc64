package org.broadsheet.commenting;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a reader types under an article. The limits are the site's house rules, enforced both in the form
 * and again by the service, so a request that skips the form meets the same rules.
 */
public record GuestComment(
        @NotBlank(message = "Please tell us your name") @Size(max = 80, message = "Keep your name under 80 characters")
        String name,
        @NotBlank(message = "Please give your email address; it is never shown")
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = GuestComment.NOT_AN_EMAIL)
        @Size(max = 254, message = "This email address is too long") String email,
        @NotBlank(message = "The comment is empty")
        @Size(max = GuestComment.MAX_LENGTH, message = "Comments are limited to 5,000 characters") String body) {

    public static final int MAX_LENGTH = 5_000;
    public static final String NOT_AN_EMAIL = "This does not look like an email address";
}
