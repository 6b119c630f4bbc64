package org.broadsheet.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Readers opening accounts themselves, confirming their address, and anyone resetting a forgotten password, by
 * links sent in mail that work once and expire. Nothing here says whether an email address has an account: a
 * registration with a known address and a reset for an unknown one get the same answer as any other (the
 * address's owner is told by mail instead), and take as long.
 */
public interface Registrations {

    /** Whether readers may register (a site setting: open unless an admin closed it). */
    boolean isOpen();

    /**
     * Opens a reader account, not yet confirmed (it cannot sign in), and mails a link to confirm the address.
     * When the address has an account already, its owner is mailed a note instead and nothing is opened.
     *
     * @throws RegistrationClosedException when readers may not register
     * @throws TooManyRequestsException past the limit for the client's address
     */
    void register(@NotNull @Valid NewReader reader, @NotNull RequestOrigin origin);

    /**
     * Confirms the address a link was sent to; the account can sign in from now on.
     *
     * @throws LinkRefusedException for a used, expired or unknown link
     */
    void confirm(@NotNull String secret);

    /**
     * Mails a link to choose a new password, if an account has this address; says nothing either way.
     *
     * @throws TooManyRequestsException past the limit for the client's address or for the email address
     */
    void requestPasswordReset(@NotBlank(message = EmailAddress.BLANK) @Size(max = EmailAddress.MAX_LENGTH,
            message = EmailAddress.TOO_LONG) @Email(regexp = EmailAddress.PATTERN, message = EmailAddress.MALFORMED)
            String email, @NotNull RequestOrigin origin);

    /**
     * Sets a new password with a reset link. The link, and any other reset link of the account, stop working;
     * a reader who had not confirmed their address has now proved it.
     *
     * @throws LinkRefusedException for a used, expired or unknown link
     */
    void resetPassword(@NotNull String secret, @StrongPassword String newPassword);

    /**
     * Invites someone to join with the roles given: their account is opened (it cannot sign in yet) and they are
     * mailed a link to choose their password, which works once, for a week. Admins only.
     *
     * @throws EmailTakenException when an account has the address already
     */
    void invite(@NotNull @Valid Invitation invitation, @NotNull RequestOrigin origin);

    /**
     * Accepts an invitation: the account gets this password and can sign in.
     *
     * @throws LinkRefusedException for a used, expired or unknown link
     */
    void join(@NotNull String secret, @StrongPassword String password);
}
