package org.broadsheet.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Who an admin invites to join, by name and address, and with which roles. */
public record Invitation(
        @NotBlank(message = EmailAddress.BLANK) @Size(max = EmailAddress.MAX_LENGTH, message = EmailAddress.TOO_LONG)
        @Email(regexp = EmailAddress.PATTERN, message = EmailAddress.MALFORMED) String email,
        @NotBlank(message = "Say who is invited.") @Size(max = 120, message = "Keep the name under 120 characters.")
        String displayName,
        @NotEmpty(message = "Choose at least one role.") Set<String> roles) {
}
