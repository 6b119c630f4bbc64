package org.broadsheet.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.broadsheet.shared.PlainText;

/** What a reader gives to register. {@link #toString()} keeps the password out of logs. */
public record NewReader(
        @NotBlank(message = "Tell us the name to show with your comments.")
        @Pattern(regexp = PlainText.HAS_VISIBLE_CHARACTER, message = "Tell us the name to show with your comments.")
        @Size(max = 80, message = "Keep your name under 80 characters.") String displayName,
        @NotBlank(message = EmailAddress.BLANK) @Size(max = EmailAddress.MAX_LENGTH, message = EmailAddress.TOO_LONG)
        @Email(regexp = EmailAddress.PATTERN, message = EmailAddress.MALFORMED) String email,
        @StrongPassword String password) {

    public NewReader {
        displayName = displayName == null ? null : PlainText.clean(displayName).strip();
        email = email == null ? null : email.strip();
    }

    @Override
    public String toString() {
        return "NewReader[displayName=" + displayName + ", email=" + email + "]";
    }
}
