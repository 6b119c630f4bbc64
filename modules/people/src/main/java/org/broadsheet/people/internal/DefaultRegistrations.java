package org.broadsheet.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.people.EmailAddress;
import org.broadsheet.people.Invitation;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.people.NewReader;
import org.broadsheet.people.RegistrationClosedException;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.RequestOrigin;
import org.broadsheet.people.internal.AccountToken.Purpose;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Site;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(Registrations.class)
@PermitAll
public class DefaultRegistrations implements Registrations {

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountOpening opening;

    @Inject
    PasswordHashing passwords;

    @Inject
    RequestThrottle throttle;

    @Inject
    Mailroom mailroom;

    @Inject
    SignOutTimes signOuts;

    @Inject
    Site site;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Inject
    MailLinks mailLinks;

    @Inject
    Tokens tokens;

    @Override
    public boolean isOpen() {
        return site.readersMayRegister();
    }

    @Override
    public void register(NewReader reader, RequestOrigin origin) {
        if (!isOpen()) {
            throw new RegistrationClosedException();
        }
        var links = mailLinks.base(origin);
        throttle.admitRegistration(origin.clientAddress(), EmailAddress.key(reader.email()));
        // Either way one slow hash, a row or two and a mail, and the same answer: only the mail's words differ.
        // No account is opened yet: the link carries what this registration chose, and opens it when followed, so
        // an address registered by someone else first never holds an account its owner cannot have.
        var existing = opening.byEmail(reader.email());
        if (existing.isPresent()) {
            passwords.burnEquivalentTime(reader.password());
            mailroom.post(existing.get().id(), existing.get().email(), "Someone tried to register with your address at "
                    + site.name(), AccountMails.alreadyRegistered(site.name(), existing.get().displayName(), links));
            return;
        }
        var issued = AccountToken.registration(reader.email(), reader.displayName(), passwords.hash(reader.password()),
                clock.instant());
        em.persist(issued.token());
        mailroom.post(null, reader.email(), "Confirm your email address for " + site.name(),
                AccountMails.confirm(site.name(), reader.displayName(), links + "account/confirm?token=" + issued.secret()));
    }

    /** A registration's link, or a change of address's: either proves the address it was sent to. */
    @Override
    public void confirm(String secret) {
        var token = tokens.usable(secret, Purpose.CONFIRM_EMAIL, Purpose.CHANGE_EMAIL);
        var now = clock.instant();
        // The address may have an account since the link went out (another registration followed first, an
        // invitation): then this link has nothing left to open.
        var owner = opening.byEmail(token.newEmail() == null ? "" : token.newEmail());
        if (token.isRegistration()) {
            if (owner.isPresent()) {
                throw new LinkRefusedException();
            }
            token.use(now);
            var account = opening.openHashed(opening.freeUsernameFor(token.newEmail()), token.newEmail(),
                    token.pendingName(), token.pendingPasswordHash(), Set.of(Roles.READER), true);
            em.persist(new AuditEntry(now, "(mailed link)", account.id(), "registered", null));
            mailroom.attribute(account.id(), EmailAddress.key(token.newEmail()));
            return;
        }
        // One change of address wins: this link, and every other of its kind, is used up.
        tokens.withdraw(token.accountId(), token.purpose());
        var account = em.find(Account.class, token.accountId());
        if (token.purpose() == Purpose.CHANGE_EMAIL) {
            // Someone may have registered the address since the link went out: it is theirs, not this account's.
            if (owner.filter(other -> !other.id().equals(account.id())).isPresent()) {
                throw new LinkRefusedException();
            }
            var old = account.email();
            account.changeEmail(token.newEmail());
            em.persist(new AuditEntry(now, "(mailed link)", account.id(), "address changed", null));
            if (old != null) {
                mailroom.post(account.id(), old, "Your email address at " + site.name() + " was changed",
                        AccountMails.addressChanged(site.name(), account.displayName()));
            }
        }
        account.confirm(now);
    }

    @Override
    public void requestPasswordReset(String email, RequestOrigin origin) {
        var links = mailLinks.base(origin);
        throttle.admitResetRequest(origin.clientAddress(), EmailAddress.key(email));
        var account = opening.byEmail(email);
        var subject = "Choose a new password for " + site.name();
        // The same steps either way (a secret made, a token and a mail written, the mail announced): the answer's
        // timing tells nothing. An unknown address's token names no account and its secret is thrown away.
        var issued = AccountToken.issue(account.map(Account::id).orElse(null), Purpose.RESET_PASSWORD, clock.instant());
        em.persist(issued.token());
        if (account.isEmpty()) {
            mailroom.withhold(email.strip(), subject, "No account has this address: nothing was sent.");
            return;
        }
        mailroom.post(account.get().id(), account.get().email(), subject, AccountMails.reset(site.name(), account.get().displayName(),
                links + "account/new-password?token=" + issued.secret()));
    }

    @Override
    public void resetPassword(String secret, String newPassword) {
        setPassword(secret, Purpose.RESET_PASSWORD, newPassword, "password reset");
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void invite(Invitation invitation, RequestOrigin origin) {
        var links = mailLinks.base(origin);
        // Someone invited before who never joined (the week ran out, the mail was lost) is simply invited again,
        // as the admin now says; the older link stops working.
        var notJoined = opening.byEmail(invitation.email()).filter(invited -> !invited.isConfirmed());
        notJoined.ifPresent(invited -> {
            tokens.withdraw(invited.id(), Purpose.INVITATION);
            opening.inviteAgain(invited, invitation.displayName(), invitation.roles());
        });
        // Nobody can sign in with a password nobody knows: the link is the only way in.
        var account = notJoined.orElseGet(() -> opening.open(opening.freeUsernameFor(invitation.email()),
                invitation.email(), invitation.displayName(), UUID.randomUUID() + "-" + UUID.randomUUID(),
                invitation.roles(), false));
        var issued = AccountToken.issue(account.id(), Purpose.INVITATION, clock.instant());
        em.persist(issued.token());
        em.persist(new AuditEntry(clock.instant(), context.getCallerPrincipal().getName(), account.id(),
                notJoined.isPresent() ? "invited again" : "invited",
                String.join(", ", Roles.ALL.stream().filter(invitation.roles()::contains).toList())));
        mailroom.post(account.id(), account.email(), "You are invited to join " + site.name(),
                AccountMails.invitation(site.name(), account.displayName(),
                        links + "account/join?token=" + issued.secret()));
    }

    @Override
    public void join(String secret, String password) {
        setPassword(secret, Purpose.INVITATION, password, "joined");
    }

    /**
     * Uses a reset or invitation link: the account gets the password, and every other link of the account stops
     * working (an older mail may sit in a shared inbox; a change of address someone else asked for must not go
     * through after it). Following it proves the address, as a confirmation link would; whoever knew an old
     * password is signed out wherever they are.
     */
    private void setPassword(String secret, Purpose purpose, String password, String recorded) {
        var token = tokens.usable(secret, purpose);
        var now = clock.instant();
        tokens.withdraw(token.accountId(), Purpose.openingTheAccount());
        var account = em.find(Account.class, token.accountId());
        account.changePassword(passwords.hash(password));
        account.confirm(now);
        account.endSessions(now);
        signOuts.forgetOnCommit(account.username());
        em.persist(new AuditEntry(now, "(mailed link)", account.id(), recorded, null));
    }
}
