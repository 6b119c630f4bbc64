package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.security.enterprise.identitystore.CredentialValidationResult.Status;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.validation.ConstraintViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.people.AccountEvent;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.EmailTakenException;
import org.broadsheet.people.Invitation;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.people.MailLinksUnavailableException;
import org.broadsheet.people.NewReader;
import org.broadsheet.people.Outbox;
import org.broadsheet.people.OutboxMail;
import org.broadsheet.people.RegistrationClosedException;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.RequestOrigin;
import org.broadsheet.people.SignInCredential;
import org.broadsheet.people.TooManyRequestsException;
import org.broadsheet.people.internal.ExpiredLinks;
import org.broadsheet.shared.Roles;
import org.junit.jupiter.api.Test;

/**
 * Registration, confirmation and password resets on the real server and database. This server has no SMTP
 * server, so every mail stays in the outbox, where the tests read it as an admin would to help someone in.
 */
class RegistrationsIT extends InContainerTest {

    private static final String PASSWORD = "four unrelated words here";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Inject
    Registrations registrations;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    @Inject
    SiteSettings settings;

    @Inject
    IdentityStoreHandler identityStore;

    @Inject
    ExpiredLinks expiredLinks;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Test
    void a_reader_registers_confirms_with_the_mailed_link_once_and_then_signs_in() throws Exception {
        var email = unique() + "@example.com";
        registrations.register(new NewReader("Rita <img src=x onerror=alert(1)>", email, PASSWORD), here());

        assertEquals(0, admin.call(() -> accounts.count(email)), "no account until the link is followed");
        assertEquals(Status.INVALID, signIn(email, PASSWORD));
        var mail = lastMailTo(email);
        assertTrue(mail.subject().startsWith("Confirm your email address"), mail.subject());
        assertTrue(mail.body().contains("http://127.0.0.1:8080/account/confirm?token="), mail.body());

        registrations.confirm(tokenIn(mail));
        var account = accountWith(email);
        assertEquals(Set.of(Roles.READER), account.roles());
        assertEquals("Rita <img src=x onerror=alert(1)>", account.displayName());
        assertEquals(Status.VALID, signIn(email.toUpperCase(), PASSWORD));
        var reused = causedBy(LinkRefusedException.class, () -> registrations.confirm(tokenIn(mail)));
        assertEquals("This link has expired or has already been used. Ask for a new one.", reused.getMessage());
        causedBy(LinkRefusedException.class, () -> registrations.confirm("made-up-" + UUID.randomUUID()));
    }

    @Test
    void registering_a_known_address_opens_nothing_answers_alike_and_tells_its_owner() throws Exception {
        var email = unique() + "@example.com";
        registrations.register(new NewReader("First Owner", email, PASSWORD), here());
        registrations.confirm(tokenIn(lastMailTo(email)));

        registrations.register(new NewReader("Someone Else", email.toUpperCase(), "another long passphrase"), here());

        assertEquals(1, admin.call(() -> accounts.count(email)));
        assertEquals("First Owner", accountWith(email).displayName());
        var note = lastMailTo(email);
        assertTrue(note.subject().startsWith("Someone tried to register"), note.subject());
        assertTrue(!note.body().contains("token="), "no link that opens anything");
        assertEquals(Status.INVALID, signIn(email, "another long passphrase"));
    }

    @Test
    void whoever_registered_an_address_first_cannot_keep_the_account_its_owner_then_registers() throws Exception {
        var email = unique() + "@example.com";
        registrations.register(new NewReader("Squatter", email, "the squatter's passphrase"), here());
        var squattersLink = lastMailTo(email);
        registrations.register(new NewReader("Rightful Owner", email, PASSWORD), here());
        var ownersLink = lastMailTo(email);

        registrations.confirm(tokenIn(ownersLink));

        assertEquals(Status.VALID, signIn(email, PASSWORD), "the owner's password, from the link they followed");
        assertEquals(Status.INVALID, signIn(email, "the squatter's passphrase"));
        assertEquals("Rightful Owner", accountWith(email).displayName());
        causedBy(LinkRefusedException.class, () -> registrations.confirm(tokenIn(squattersLink)));
    }

    @Test
    void one_address_is_mailed_at_most_three_links_an_hour_whether_it_has_an_account_or_not() throws Exception {
        var known = unique() + "@example.com";
        confirmedReader(known);
        var unknown = unique() + "@example.com";
        for (var email : List.of(known, unknown)) {
            var attempts = email.equals(known) ? 2 : 3;
            for (int i = 0; i < attempts; i++) {
                registrations.register(new NewReader("Someone", email, PASSWORD), here());
            }
            causedBy(TooManyRequestsException.class,
                    () -> registrations.register(new NewReader("Someone", email, PASSWORD), here()));
        }
        causedBy(ConstraintViolationException.class,
                () -> registrations.requestPasswordReset("x".repeat(250) + "@example.com", here()));
    }

    @Test
    void weak_passwords_and_malformed_addresses_are_refused_with_their_reasons_and_nothing_is_opened() throws Exception {
        for (var weak : List.of("short", "password1234", "qwertyuiopas", "aaaaaaaaaaaaaaaa", "9876543210987")) {
            var email = unique() + "@example.com";
            var refused = causedBy(ConstraintViolationException.class,
                    () -> registrations.register(new NewReader("Rita", email, weak), here()));
            assertEquals(1, refused.getConstraintViolations().size(), weak);
            assertEquals(0, admin.call(() -> accounts.count(email)), weak);
        }
        var refused = causedBy(ConstraintViolationException.class,
                () -> registrations.register(new NewReader(" ", "not-an-address", PASSWORD), here()));
        assertEquals(Set.of("Tell us the name to show with your comments.", "Enter an email address such as name@example.com."),
                Set.copyOf(refused.getConstraintViolations().stream().map(v -> v.getMessage()).toList()));
    }

    @Test
    void with_registration_closed_nobody_registers() throws Exception {
        admin.run(() -> settings.letReadersRegister(false));
        try {
            var email = unique() + "@example.com";
            causedBy(RegistrationClosedException.class,
                    () -> registrations.register(new NewReader("Rita", email, PASSWORD), here()));
            assertEquals(0, admin.call(() -> accounts.count(email)));
            causedBy(jakarta.ejb.EJBAccessException.class, () -> editor.run(() -> settings.letReadersRegister(true)));
        } finally {
            admin.run(() -> settings.letReadersRegister(true));
        }
        assertTrue(registrations.isOpen());
    }

    @Test
    void a_reset_link_sets_a_new_password_once_and_every_older_link_stops_working() throws Exception {
        var email = unique() + "@example.com";
        confirmedReader(email);
        registrations.requestPasswordReset(email, here());
        var older = lastMailTo(email);
        registrations.requestPasswordReset(email.toUpperCase(), here());
        var newer = lastMailTo(email);
        assertTrue(newer.subject().startsWith("Choose a new password"), newer.subject());

        causedBy(ConstraintViolationException.class, () -> registrations.resetPassword(tokenIn(newer), "password1234"));
        registrations.resetPassword(tokenIn(newer), "a brand new passphrase");

        assertEquals(Status.VALID, signIn(email, "a brand new passphrase"));
        assertEquals(Status.INVALID, signIn(email, PASSWORD));
        causedBy(LinkRefusedException.class, () -> registrations.resetPassword(tokenIn(newer), "yet another passphrase"));
        causedBy(LinkRefusedException.class, () -> registrations.resetPassword(tokenIn(older), "yet another passphrase"));
        assertEquals(Status.VALID, signIn(email, "a brand new passphrase"));
    }

    @Test
    void a_reset_for_an_unknown_address_answers_as_for_a_known_one_and_both_are_limited_alike() throws Exception {
        var known = unique() + "@example.com";
        confirmedReader(known);
        var nobody = unique() + "@example.com";
        long mailsBefore = admin.call(() -> outbox.count());

        registrations.requestPasswordReset(nobody, here());
        var withheld = lastMailTo(nobody);
        assertEquals("No account has this address: nothing was sent.", withheld.withheld());
        assertTrue(withheld.sentAt() == null && !withheld.body().contains("token="), "nothing that opens anything");
        registrations.requestPasswordReset(known, here());
        assertEquals(mailsBefore + 2, admin.call(() -> outbox.count()), "one row each: the same work either way");

        // Three requests an hour for one address, whether an account has it or not.
        for (var address : List.of(known, nobody)) {
            for (int i = 0; i < 2; i++) {
                registrations.requestPasswordReset(address, here());
            }
            var refused = causedBy(TooManyRequestsException.class,
                    () -> registrations.requestPasswordReset(address, here()));
            assertTrue(refused.getMessage().startsWith("Too many requests from here for now."), refused.getMessage());
        }
    }

    @Test
    void links_in_mail_never_follow_a_host_the_request_named_unless_it_is_this_machine() throws Exception {
        var email = unique() + "@example.com";
        registrations.register(new NewReader("Rita Reader", email, PASSWORD), here());
        long mailsBefore = admin.call(() -> outbox.count());

        causedBy(MailLinksUnavailableException.class, () -> registrations.requestPasswordReset(email,
                new RequestOrigin(unique(), "http://attacker.example/")));
        assertEquals(mailsBefore, admin.call(() -> outbox.count()));
    }

    @Test
    void an_invited_colleague_joins_by_the_link_once_with_the_roles_the_admin_chose() throws Exception {
        var email = unique() + "@example.com";
        admin.run(() -> registrations.invite(new Invitation(email, "Ana Ruiz", Set.of(Roles.AUTHOR)), here()));

        var invited = accountWith(email);
        assertEquals(Set.of(Roles.AUTHOR), invited.roles());
        var mail = lastMailTo(email);
        assertTrue(mail.body().contains("http://127.0.0.1:8080/account/join?token="), mail.body());
        causedBy(LinkRefusedException.class, () -> registrations.resetPassword(tokenIn(mail), PASSWORD));
        registrations.join(tokenIn(mail), PASSWORD);

        var joined = identityStore.validate(new SignInCredential(email, PASSWORD, "it-" + UUID.randomUUID()));
        assertEquals(Status.VALID, joined.getStatus());
        assertEquals(Set.of(Roles.AUTHOR), joined.getCallerGroups());
        causedBy(LinkRefusedException.class, () -> registrations.join(tokenIn(mail), "another long passphrase"));
        assertEquals("joined", admin.call(() -> accounts.record(invited.id(), 1)).getFirst().action());
    }

    @Test
    void only_admins_invite_and_never_to_an_address_that_has_an_account() throws Exception {
        var email = unique() + "@example.com";
        causedBy(jakarta.ejb.EJBAccessException.class,
                () -> editor.run(() -> registrations.invite(new Invitation(email, "Ana", Set.of(Roles.ADMIN)), here())));
        causedBy(jakarta.ejb.EJBAccessException.class,
                () -> registrations.invite(new Invitation(email, "Ana", Set.of(Roles.ADMIN)), here()));
        assertEquals(0, admin.call(() -> accounts.count(email)));

        causedBy(ConstraintViolationException.class, () -> admin.run(
                () -> registrations.invite(new Invitation(unique() + "@example.com", "Ana", Set.of()), here())));
        var reader = unique() + "@example.com";
        confirmedReader(reader);
        causedBy(EmailTakenException.class, () -> admin.run(
                () -> registrations.invite(new Invitation(reader.toUpperCase(), "Rita", Set.of(Roles.EDITOR)), here())));
    }

    @Test
    void someone_invited_who_never_joined_is_invited_again_as_the_admin_now_says() throws Exception {
        var email = unique() + "@example.com";
        admin.run(() -> registrations.invite(new Invitation(email, "Ana", Set.of(Roles.CONTRIBUTOR)), here()));
        var first = tokenIn(lastMailTo(email));
        admin.run(() -> registrations.invite(new Invitation(email.toUpperCase(), "Ana Again", Set.of(Roles.EDITOR)), here()));
        var second = tokenIn(lastMailTo(email));

        causedBy(LinkRefusedException.class, () -> registrations.join(first, PASSWORD));
        registrations.join(second, PASSWORD);
        var joined = accountWith(email);
        assertEquals("Ana Again", joined.displayName());
        assertEquals(Set.of(Roles.EDITOR), joined.roles());
        assertEquals(List.of("joined", "invited again", "invited"),
                admin.call(() -> accounts.record(joined.id(), 3)).stream().map(AccountEvent::action).toList());
        causedBy(EmailTakenException.class, () -> admin.run(
                () -> registrations.invite(new Invitation(email, "Ana", Set.of(Roles.ADMIN)), here())));
    }

    @Test
    void links_past_their_time_are_deleted_with_what_they_carry() throws Exception {
        var email = unique() + "@example.com";
        registrations.register(new NewReader("Rita Reader", email, PASSWORD), here());
        var link = tokenIn(lastMailTo(email));
        assertEquals(1, tokensFor(email));

        expiredLinks.forgetExpiredAt(Instant.now());
        assertEquals(1, tokensFor(email), "a link still good stays");
        expiredLinks.forgetExpiredAt(Instant.now().plus(Duration.ofDays(2)).plusSeconds(60));
        assertEquals(0, tokensFor(email), "the name, address and password hash it carried go with it");
        assertTrue(admin.call(() -> outbox.newest(0, 500)).stream().noneMatch(mail -> mail.recipient().equals(email)),
                "and the mail that named them");
        causedBy(LinkRefusedException.class, () -> registrations.confirm(link));
    }

    /** A reader who registered and followed the link: an account that can sign in. */
    private void confirmedReader(String email) throws Exception {
        registrations.register(new NewReader("Rita Reader", email, PASSWORD), here());
        registrations.confirm(tokenIn(lastMailTo(email)));
    }

    /** The links that carry this address (a registration's, a change of address's). */
    private long tokensFor(String email) {
        var em = persistence.createEntityManager();
        try {
            return ((Number) em.createNativeQuery("select count(*) from account_token where new_email = ?")
                    .setParameter(1, email).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }

    private static RequestOrigin here() {
        return new RequestOrigin("it-" + UUID.randomUUID(), "http://127.0.0.1:8080/");
    }

    private AccountSummary accountWith(String email) throws Exception {
        var found = admin.call(() -> accounts.list(email, 0, 2));
        assertEquals(1, found.size(), email);
        return found.getFirst();
    }

    private OutboxMail lastMailTo(String email) throws Exception {
        return admin.call(() -> outbox.newest(0, 50)).stream()
                .filter(mail -> mail.recipient().equalsIgnoreCase(email))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No mail to " + email + " in the outbox"));
    }

    private static String tokenIn(OutboxMail mail) {
        var found = TOKEN.matcher(mail.body());
        assertTrue(found.find(), mail.body());
        return found.group(1);
    }

    private Status signIn(String name, String password) {
        return identityStore.validate(new SignInCredential(name, password, "it-" + UUID.randomUUID())).getStatus();
    }

    private static String unique() {
        return "reader-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
