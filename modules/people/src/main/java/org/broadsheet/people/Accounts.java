package org.broadsheet.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.shared.PlainText;

/**
 * The people who write, edit and sign in. Opening accounts and giving roles is an admin's job; looking names up
 * is public.
 */
public interface Accounts {

    /** Opens an account and returns its id; refuses a username or email address that is taken. Admins only. */
    long open(@NotNull @Valid NewAccount account);

    /**
     * A page of accounts, by name, whose name, username or email address starts with {@code start} (case aside;
     * every account when blank). Admins only.
     */
    List<AccountSummary> list(@NotNull String start, int offset, int limit);

    /** How many accounts {@link #list} would page through. Admins only. */
    long count(@NotNull String start);

    /**
     * Gives the account exactly these roles. Admins only. Refuses a role the site does not have and, with
     * {@link LastAdminException}, the change that would leave no admin.
     */
    void changeRoles(long accountId, @NotEmpty(message = "Choose at least one role.") Set<String> roles);

    Optional<AccountSummary> byUsername(String username);

    /**
     * Bylines by account id, for lists of articles: a fixed number of queries however long the list. Only staff
     * have author pages; anyone else's byline links nowhere.
     */
    Map<Long, Author> authors(Collection<Long> accountIds);

    /**
     * Everyone who may share an article's byline (staff), by name, at most {@code limit}: the editor's list to
     * pick co-authors from. Editors and admins only.
     */
    List<Author> staff(int limit);

    /** The staff member whose author page is at {@code slug}; empty for anyone else, readers included. */
    Optional<AuthorProfile> author(String slug);

    /**
     * Sets the bio on an author page, plain text; blank removes it. Staff write their own; an admin anyone's.
     *
     * @throws jakarta.ejb.EJBAccessException for anyone else
     */
    void describe(long accountId, @NotNull @Size(max = AuthorProfile.MAX_BIO_LENGTH,
            message = AuthorProfile.BIO_TOO_LONG) String bio);

    /**
     * Suspends or bans an account (not an admin's: demote them first), with a reason and an optional end. A ban
     * ends the account's sessions at once. Admins only; on the account's record.
     */
    void restrict(long accountId, @NotNull Restriction.Kind kind,
            @NotBlank(message = "Say why: the reason stays on the account's record.")
            @Size(max = Restriction.MAX_REASON, message = "Keep the reason under 500 characters.") String reason,
            Instant until);

    /** Lifts a suspension or ban. Admins only; on the record with its reason. */
    void lift(long accountId, @NotBlank(message = "Say why: the reason stays on the account's record.")
            @Size(max = Restriction.MAX_REASON, message = "Keep the reason under 500 characters.") String reason);

    /**
     * Takes every comment of the account off the site in one step ({@link CommentsWithdrawn}). Admins only; on
     * the record with its reason.
     */
    void withdrawComments(long accountId, @NotBlank(message = "Say why: the reason stays on the account's record.")
            @Size(max = Restriction.MAX_REASON, message = "Keep the reason under 500 characters.") String reason);

    /** The account's record, newest first: roles given, restrictions, comments withdrawn. Admins only. */
    List<AccountEvent> record(long accountId, int limit);

    /**
     * Whether a session that signed in as {@code username} at {@code signedInAt} may go on: not once the person
     * signed out everywhere, or their password, roles or standing changed since. Answers within seconds of the
     * change on every server instance.
     */
    boolean sessionMayContinue(String username, Instant signedInAt);

    /** Ends every session of the signed-in person's account, on every server instance, this one included. */
    void signOutEverywhere();

    /**
     * Changes the signed-in person's name: their comments from now on carry it (each comment keeps the name it
     * was posted under), and so does their author page if they are staff.
     */
    void rename(@NotBlank(message = "Say what name to show.") @Size(max = 120, message = "Keep it under 120 characters.")
            @Pattern(regexp = PlainText.HAS_VISIBLE_CHARACTER, message = "Say what name to show.") String displayName);

    /**
     * Changes the signed-in person's password, given the current one; their other sessions end.
     *
     * @throws WrongPasswordException when {@code current} is not their password
     */
    void changePassword(@NotNull String current, @StrongPassword String replacement);

    /**
     * Starts changing the signed-in person's address, given their password: a link goes to the new address, and
     * the account keeps the old one until it is followed. If the new address has an account, its owner is told
     * by mail instead; the answer is the same.
     *
     * @throws WrongPasswordException when {@code password} is not theirs
     */
    void changeEmail(@NotBlank(message = EmailAddress.BLANK) @Size(max = EmailAddress.MAX_LENGTH,
            message = EmailAddress.TOO_LONG) @Email(regexp = EmailAddress.PATTERN, message = EmailAddress.MALFORMED)
            String newEmail, @NotNull String password, @NotNull RequestOrigin origin);

    /** What the signed-in person asked to be mailed. */
    MailChoices yourMailChoices();

    /** Records what the signed-in person wants mailed (a digest only if they moderate). */
    void chooseMail(@NotNull MailChoices choices);

    /**
     * Stops the mail a stop link names (the link in every mail a person chose to get, or its one-click address);
     * anyone holding the link may, as the mail's recipient does. Returns what stopped.
     *
     * @throws LinkRefusedException when the link is unknown or expired
     */
    MailTopic stopMail(@NotNull String secret);

    /** Everything the site keeps about the signed-in person, as JSON: their account, its record, their comments. */
    String yourData();

    /**
     * Deletes the signed-in reader's account, given their password: name and address erased, their comments shown
     * as from a deleted account ({@link AccountErased}). Staff ask an admin instead (their bylines stay).
     *
     * @throws WrongPasswordException when {@code password} is not theirs
     */
    void erase(@NotNull String password);

    /** The name of the HTTP session attribute that holds when the session signed in (an {@link Instant}). */
    String SIGNED_IN_AT = "broadsheet.signed-in-at";

    /** The signed-in person's account; empty for a visitor who has not signed in. */
    Optional<AccountSummary> you();

    /** The signed-in person's own author page, as the form that edits it starts from; empty for a reader. */
    Optional<AuthorProfile> yourProfile();

    /** Whether any account exists at all: a fresh database has none. */
    boolean anyExist();
}
