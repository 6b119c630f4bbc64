package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.people.AccountEvent;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.EmailTakenException;
import org.broadsheet.people.LastAdminException;
import org.broadsheet.people.NewAccount;
import org.broadsheet.people.Restriction;
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
        long id = admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));

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
        admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "One", PASSWORD, Set.of(Roles.READER))));

        causedBy(UsernameTakenException.class,
                () -> admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Two", PASSWORD, Set.of(Roles.READER)))));
    }

    @Test
    void a_weak_or_malformed_account_is_refused() {
        causedBy(ConstraintViolationException.class, () -> admin.call(
                () -> accounts.open(new NewAccount(unique(), unique() + "@example.com", "Short", "short", Set.of(Roles.READER)))));
        causedBy(ConstraintViolationException.class, () -> admin.call(
                () -> accounts.open(new NewAccount("Bad Name!", "Bad-Name@example.com", "Bad", PASSWORD, Set.of(Roles.READER)))));
    }

    @Test
    void only_admins_open_accounts() {
        var account = new NewAccount(unique(), unique() + "@example.com", "Intruder", PASSWORD, Set.of(Roles.ADMIN));

        causedBy(EJBAccessException.class, () -> editor.call(() -> accounts.open(account)));
        causedBy(EJBAccessException.class, () -> reader.call(() -> accounts.open(account)));
        causedBy(EJBAccessException.class, () -> accounts.open(account));
        assertTrue(accounts.byUsername(account.username()).isEmpty());
    }

    @Test
    void repeated_failures_lock_a_username_even_for_the_right_password_and_then_say_so() throws Exception {
        var username = unique();
        admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));
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
        admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));
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
        admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Sam Writer", PASSWORD, Set.of(Roles.EDITOR))));
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ACCOUNT_FAILURES - 1; i++) {
                assertEquals(Status.INVALID, signIn(username, "typo " + i, address()));
            }
            assertEquals(Status.VALID, signIn(username, PASSWORD, address()));
        }
    }

    @Test
    void an_email_address_is_one_account_whatever_its_case_and_signs_in_as_written_in_any_case() throws Exception {
        var username = unique();
        var email = "Sam." + username + "@Example.COM";
        long id = admin.call(() -> accounts.open(new NewAccount(username, email, "Sam Writer", PASSWORD, Set.of(Roles.AUTHOR))));

        assertEquals(email, accounts.byUsername(username).orElseThrow().email(), "kept as written");
        causedBy(EmailTakenException.class, () -> admin.call(() -> accounts.open(
                new NewAccount(unique(), email.toLowerCase(), "Someone Else", PASSWORD, Set.of(Roles.READER)))));
        assertEquals(Status.VALID, signIn(email.toUpperCase(), PASSWORD, address()));
        var valid = identityStore.validate(new SignInCredential(" " + email.toLowerCase() + " ", PASSWORD, address()));
        assertEquals(username, valid.getCallerPrincipal().getName(), "the caller is the account, however it was named");
        assertEquals(Set.of(Roles.AUTHOR), valid.getCallerGroups());
        assertEquals(id, accounts.byUsername(username).orElseThrow().id());
    }

    @Test
    void a_malformed_email_address_is_refused_with_its_reason_and_nothing_is_opened() {
        for (var malformed : new String[] {"", "no-at-sign", "two@@example.com", "name@localhost", "a b@example.com",
                "x".repeat(250) + "@example.com"}) {
            var username = unique();
            var refused = causedBy(ConstraintViolationException.class, () -> admin.call(() -> accounts.open(
                    new NewAccount(username, malformed, "Sam Writer", PASSWORD, Set.of(Roles.READER)))));
            assertTrue(refused.getConstraintViolations().stream().anyMatch(v -> v.getMessage().contains("email address")),
                    malformed);
            assertTrue(accounts.byUsername(username).isEmpty(), malformed);
        }
    }

    @Test
    void admins_page_through_people_found_by_the_start_of_a_name_username_or_address() throws Exception {
        var tag = unique();
        for (var name : List.of("Zed " + tag + " One", "Zed " + tag + " Two", "Zed " + tag + " Three")) {
            admin.call(() -> accounts.open(new NewAccount(unique(), unique() + "@example.com", name, PASSWORD,
                    Set.of(Roles.READER))));
        }
        admin.call(() -> accounts.open(new NewAccount(unique(), tag + "%x@example.com", "By Address", PASSWORD,
                Set.of(Roles.READER))));

        assertEquals(3, admin.call(() -> accounts.count("zed " + tag.toUpperCase())));
        var page = admin.call(() -> accounts.list("Zed " + tag, 1, 5));
        assertEquals(List.of("Zed " + tag + " Three", "Zed " + tag + " Two"),
                page.stream().map(AccountSummary::displayName).toList(), "by name, from the offset");
        assertEquals(1, admin.call(() -> accounts.count(tag + "%")), "an address's own % matches only itself");
        assertEquals(1, admin.call(() -> accounts.count("editor")), "by username");
        causedBy(EJBAccessException.class, () -> editor.call(() -> accounts.list("", 0, 5)));
    }

    @Test
    void an_admin_changes_roles_but_never_removes_the_last_admin() throws Exception {
        var username = unique();
        long id = admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Sam Writer",
                PASSWORD, Set.of(Roles.CONTRIBUTOR))));

        admin.run(() -> accounts.changeRoles(id, Set.of(Roles.AUTHOR)));
        assertEquals(Set.of(Roles.AUTHOR), accounts.byUsername(username).orElseThrow().roles());
        assertEquals(Set.of(Roles.AUTHOR), identityStore.validate(new SignInCredential(username, PASSWORD, address()))
                .getCallerGroups(), "the next sign-in carries the new role");
        causedBy(IllegalArgumentException.class, () -> admin.run(() -> accounts.changeRoles(id, Set.of("owner"))));
        causedBy(ConstraintViolationException.class, () -> admin.run(() -> accounts.changeRoles(id, Set.of())));
        causedBy(EJBAccessException.class, () -> editor.run(() -> accounts.changeRoles(id, Set.of(Roles.ADMIN))));

        // Two admins: one may step down. Then the demo's Ada is the only one (no test leaves another), and may not.
        admin.run(() -> accounts.changeRoles(id, Set.of(Roles.ADMIN)));
        admin.run(() -> accounts.changeRoles(id, Set.of(Roles.EDITOR)));
        assertEquals(Set.of(Roles.EDITOR), accounts.byUsername(username).orElseThrow().roles(), "another admin remained");
        var ada = accounts.byUsername("admin").orElseThrow();
        causedBy(LastAdminException.class, () -> admin.run(() -> accounts.changeRoles(ada.id(), Set.of(Roles.EDITOR))));
        assertEquals(Set.of(Roles.ADMIN), accounts.byUsername("admin").orElseThrow().roles());
    }

    @Test
    void a_ban_stops_signing_in_and_ends_sessions_a_suspension_does_neither_and_both_are_on_record() throws Exception {
        var username = unique();
        long id = admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Rude Reader",
                PASSWORD, Set.of(Roles.READER))));
        var signedInBefore = Instant.now();
        Thread.sleep(5);

        admin.run(() -> accounts.restrict(id, Restriction.Kind.SUSPENDED, "Insults, twice", null));
        assertEquals(Status.VALID, signIn(username, PASSWORD, address()), "suspended: may still sign in");
        assertTrue(accounts.sessionMayContinue(username, signedInBefore));
        var suspended = accounts.byUsername(username).orElseThrow().restriction();
        assertEquals(new Restriction(Restriction.Kind.SUSPENDED, "Insults, twice", null), suspended);

        var until = Instant.now().plus(Duration.ofDays(7));
        admin.run(() -> accounts.restrict(id, Restriction.Kind.BANNED, "Spam <img src=x onerror=alert(1)>", until));
        assertEquals(Status.INVALID, signIn(username, PASSWORD, address()), "banned: not even the right password");
        assertFalse(accounts.sessionMayContinue(username, signedInBefore), "the session it had ends");
        assertFalse(accounts.sessionMayContinue(username, Instant.now()), "and any other");

        admin.run(() -> accounts.lift(id, "Appeal heard"));
        assertEquals(Status.VALID, signIn(username, PASSWORD, address()));
        assertFalse(accounts.sessionMayContinue(username, signedInBefore), "a session the ban ended stays ended");
        assertTrue(accounts.sessionMayContinue(username, Instant.now()));
        assertNull(accounts.byUsername(username).orElseThrow().restriction());

        var record = admin.call(() -> accounts.record(id, 10));
        assertEquals(List.of("restriction lifted", "banned", "suspended"),
                record.stream().map(AccountEvent::action).toList());
        assertEquals("Appeal heard", record.getFirst().detail());
        assertTrue(record.get(1).detail().startsWith("Spam <img src=x onerror=alert(1)> (until "), record.get(1).detail());
        assertTrue(record.stream().allMatch(event -> event.actor().equals("system:admin")));
    }

    @Test
    void restrictions_need_a_reason_a_future_end_and_a_non_admin() throws Exception {
        var username = unique();
        long id = admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Sam Reader",
                PASSWORD, Set.of(Roles.READER))));
        var ada = accounts.byUsername("admin").orElseThrow();

        causedBy(ConstraintViolationException.class,
                () -> admin.run(() -> accounts.restrict(id, Restriction.Kind.BANNED, " ", null)));
        causedBy(IllegalArgumentException.class, () -> admin.run(() -> accounts.restrict(id, Restriction.Kind.BANNED,
                "Spam", Instant.now().minusSeconds(60))));
        causedBy(IllegalArgumentException.class,
                () -> admin.run(() -> accounts.restrict(ada.id(), Restriction.Kind.BANNED, "Spam", null)));
        causedBy(EJBAccessException.class,
                () -> editor.run(() -> accounts.restrict(id, Restriction.Kind.BANNED, "Spam", null)));
        assertNull(accounts.byUsername(username).orElseThrow().restriction());
        assertEquals(List.of(), admin.call(() -> accounts.record(id, 10)), "nothing refused is on record");
    }

    @Test
    void changing_someones_roles_ends_their_sessions_so_they_sign_in_again_with_the_new_ones() throws Exception {
        var username = unique();
        long id = admin.call(() -> accounts.open(new NewAccount(username, username + "@example.com", "Sam Writer",
                PASSWORD, Set.of(Roles.AUTHOR))));
        var signedIn = Instant.now();
        Thread.sleep(5);

        admin.run(() -> accounts.changeRoles(id, Set.of(Roles.AUTHOR)));
        assertTrue(accounts.sessionMayContinue(username, signedIn), "the same roles: nothing to end");
        assertFalse(accounts.sessionMayContinue(username, signedIn.minus(Duration.ofHours(1))),
                "a session older than the account is another's, whose username this account has since taken");
        admin.run(() -> accounts.changeRoles(id, Set.of(Roles.CONTRIBUTOR)));
        assertFalse(accounts.sessionMayContinue(username, signedIn));
        assertEquals("roles changed", admin.call(() -> accounts.record(id, 1)).getFirst().action());
        assertEquals("author → contributor", admin.call(() -> accounts.record(id, 1)).getFirst().detail());
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
