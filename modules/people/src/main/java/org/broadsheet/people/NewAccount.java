package org.broadsheet.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;

/**
 * What it takes to open an account. The password arrives in clear only here, on its way to be hashed;
 * {@link #toString()} keeps it out of logs.
 */
public record NewAccount(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[a-z0-9._-]+",
                message = "use lower-case letters, digits, dots, hyphens or underscores") String username,
        @NotBlank(message = EmailAddress.BLANK) @Size(max = EmailAddress.MAX_LENGTH, message = EmailAddress.TOO_LONG)
        @Email(regexp = EmailAddress.PATTERN, message = EmailAddress.MALFORMED) String email,
        @NotBlank @Size(max = 120) String displayName,
        @StrongPassword String password,
        @NotEmpty Set<String> roles) {

    @Override
    public String toString() {
        return "NewAccount[username=" + username + ", email=" + email + ", displayName=" + displayName + ", roles="
                + roles + "]";
    }
}
