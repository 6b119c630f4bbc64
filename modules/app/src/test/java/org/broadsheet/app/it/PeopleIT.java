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
import org.broadsheet.people.UsernameTakenException;
import org.broadsheet.shared.Roles;
import org.junit.jupiter.api.Test;

/** Accounts and sign-in on the real server, and the first-start demo content. */
class PeopleIT extends InContainerTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Inject
    Accounts accounts;

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    SiteSettings settings;

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

    private static String unique() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
