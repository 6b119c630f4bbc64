package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.NewAccount;
import org.broadsheet.people.SignInCredential;
import org.broadsheet.people.SignInLocks;
import org.broadsheet.people.UsernameTakenException;
import org.broadsheet.shared.Roles;
import org.junit.jupiter.api.Test;

/**
 * Accounts and sign-in on the real server, and the first-start demo content. Sign-in limits are small here
 * and attempts never wait, so locks are quick to reach; each test signs in from addresses of its own.
 */
class PeopleIT extends InContainerTest {

    private static final String PASSWORD = "correct horse battery staple";
    /** The small sign-in limits the shared deployment sets ({@link Deployments}). */
    static final int ACCOUNT_FAILURES = 3;
    static final int ADDRESS_FAILURES = 6;

    @Inject
    Accounts accounts;

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SiteSettings settings;

    @Inject
    SignInLocks locks;

    @Test
    void first_start_seeds_the_site_and_its_demo_accounts() {
        assertEquals("The Broadsheet", settings.siteName());
        assertEquals(Set.of(Roles.ADMIN), accounts.byUsername("admin").orElseThrow().roles());
        assertEquals(Set.of(Roles.EDITOR), accounts.byUsername("editor").orElseThrow().roles());
        assertEquals(Set.of(Roles.READER), accounts.byUsername("reader").orElseThrow().roles());
    }

    @Test
    void an_admin_opens_an_account_that_can_then_sign_in() throws Exception {
        var username = unique();
        long id = admin.call(() -> accounts.open(new NewAccount(username, "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));

        assertEquals(id, accounts.byUsername(username).orElseThrow().id());
        var valid = identityStore.validate(new UsernamePasswordCredential(username, PASSWORD));
        assertEquals(Status.VALID, valid.getStatus());
        assertEquals(Set.of(Roles.EDITOR), valid.getCallerGroups());
        assertEquals(Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential(username, PASSWORD + "x")).getStatus());
        assertEquals(Status.INVALID,
                identityStore.validate(new UsernamePasswordCredential("nobody-" + username, PASSWORD)).getStatus());
    }

    @Test
    void a_username_is_taken_once() throws Exception {
        var username = unique();
        admin.call(() -> accounts.open(new NewAccount(username, "One", PASSWORD, Set.of(Roles.READER))));

        causedBy(UsernameTakenException.class,
                () -> admin.call(() -> accounts.open(new NewAccount(username, "Two", PASSWORD, Set.of(Roles.READER)))));
    }

    @Test
    void a_weak_or_malformed_account_is_refused() {
        causedBy(ConstraintViolationException.class, () -> admin.call(
                () -> accounts.open(new NewAccount(unique(), "Short", "short", Set.of(Roles.READER)))));
        causedBy(ConstraintViolationException.class, () -> admin.call(
                () -> accounts.open(new NewAccount("Bad Name!", "Bad", PASSWORD, Set.of(Roles.READER)))));
    }

    @Test
    void only_admins_open_accounts() {
        var account = new NewAccount(unique(), "Intruder", PASSWORD, Set.of(Roles.ADMIN));

        causedBy(EJBAccessException.class, () -> editor.call(() -> accounts.open(account)));
        causedBy(EJBAccessException.class, () -> reader.call(() -> accounts.open(account)));
        causedBy(EJBAccessException.class, () -> accounts.open(account));
        assertTrue(accounts.byUsername(account.username()).isEmpty());
    }

    @Test
    void repeated_failures_lock_a_username_even_for_the_right_password_and_then_say_so() throws Exception {
        var username = unique();
        admin.call(() -> accounts.open(new NewAccount(username, "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertEquals(Status.INVALID, signIn(username, "guess " + i, address()));
        }

        assertEquals(Status.INVALID, signIn(username, PASSWORD, address()), "the right password from anywhere");
        assertTrue(locks.lockedFor(username, address()).orElseThrow().toMinutes() >= 14, "for the configured 15 minutes");
    }

    @Test
    void a_username_nobody_has_is_locked_exactly_like_one_that_exists() {
        var nobody = "nobody-" + unique();
        for (int i = 0; i < ACCOUNT_FAILURES; i++) {
            assertEquals(Status.INVALID, signIn(nobody, "guess " + i, address()));
            assertTrue(i == ACCOUNT_FAILURES - 1 || locks.lockedFor(nobody, address()).isEmpty());
        }

        assertTrue(locks.lockedFor(nobody, address()).isPresent());
    }

    @Test
    void repeated_failures_from_one_address_lock_it_for_every_username() throws Exception {
        var username = unique();
        admin.call(() -> accounts.open(new NewAccount(username, "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));
        var guesser = address();
        for (int i = 0; i < ADDRESS_FAILURES; i++) {
            assertEquals(Status.INVALID, signIn("guess-" + unique(), PASSWORD, guesser));
        }

        assertEquals(Status.INVALID, signIn(username, PASSWORD, guesser));
        assertTrue(locks.lockedFor(username, guesser).isPresent());
        assertEquals(Status.VALID, signIn(username, PASSWORD, address()), "from elsewhere");
    }

    @Test
    void signing_in_clears_earlier_failures_of_the_username() throws Exception {
        var username = unique();
        admin.call(() -> accounts.open(new NewAccount(username, "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ACCOUNT_FAILURES - 1; i++) {
                assertEquals(Status.INVALID, signIn(username, "typo " + i, address()));
            }
            assertEquals(Status.VALID, signIn(username, PASSWORD, address()));
        }
    }

    private Status signIn(String username, String password, String from) {
        return identityStore.validate(new SignInCredential(username, password, from)).getStatus();
    }

    /** A client address of its own, so one test's failures never lock another's. */
    private static String address() {
        return "it-" + UUID.randomUUID();
    }

    private static String unique() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
