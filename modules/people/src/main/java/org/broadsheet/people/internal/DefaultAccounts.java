package org.broadsheet.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.UUID;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.broadsheet.people.AccountEvent;
import org.broadsheet.people.AccountErased;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Author;
import org.broadsheet.people.AuthorChanged;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.people.CommentsWithdrawn;
import org.broadsheet.people.EmailAddress;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.people.MailChoices;
import org.broadsheet.people.MailTopic;
import org.broadsheet.people.LastAdminException;
import org.broadsheet.people.NewAccount;
import org.broadsheet.people.PersonalDataSource;
import org.broadsheet.people.RequestOrigin;
import org.broadsheet.people.Restriction;
import org.broadsheet.people.WrongPasswordException;
import org.broadsheet.shared.LikeStart;
import org.broadsheet.shared.PlainText;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Site;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(Accounts.class)
@PermitAll
public class DefaultAccounts implements Accounts {

    /** Who the record says acted, in place of an erased account's own username. */
    static final String OWNER = "(the account's owner)";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<AuthorChanged> changed;

    @Inject
    AccountOpening opening;

    @Inject
    SignOutTimes signOuts;

    @Inject
    PasswordHashing passwords;

    @Inject
    Instance<PersonalDataSource> personalData;

    @Inject
    Event<AccountErased> erased;

    @Inject
    MailLinks mailLinks;

    @Inject
    Tokens tokens;

    @Inject
    RequestThrottle throttle;

    @Inject
    Mailroom mailroom;

    @Inject
    Site site;

    @Inject
    Event<CommentsWithdrawn> commentsWithdrawn;

    @Inject
    Clock clock;


    @Override
    @RolesAllowed(Roles.ADMIN)
    public long open(NewAccount account) {
        var entity = opening.open(account.username(), account.email(), account.displayName(), account.password(),
                account.roles(), true);
        em.flush();
        return entity.id();
    }

    private static final String MATCHING = """
             where lower(a.displayName) like :start escape '\\' or a.username like :start escape '\\'
            or a.emailKey like :start escape '\\'""";

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<AccountSummary> list(String start, int offset, int limit) {
        return em.createQuery("select a from Account a" + MATCHING + " order by a.displayName, a.id", Account.class)
                .setParameter("start", LikeStart.of(start.strip().toLowerCase(Locale.ROOT)))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(account -> account.summary(clock.instant()))
                .toList();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long count(String start) {
        return em.createQuery("select count(a) from Account a" + MATCHING, Long.class)
                .setParameter("start", LikeStart.of(start.strip().toLowerCase(Locale.ROOT)))
                .getSingleResult();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void changeRoles(long accountId, Set<String> roles) {
        AccountOpening.refuseUnknown(roles);
        var account = existing(accountId);
        if (account.isAdmin() && !roles.contains(Roles.ADMIN)) {
            refuseLastAdmin();
        }
        var before = account.roles();
        if (before.equals(roles)) {
            return;
        }
        account.changeRoles(roles);
        // A session carries the roles it signed in with: it signs in again to carry these.
        endSessions(account);
        note(accountId, "roles changed", String.join(", ", Roles.ALL.stream().filter(before::contains).toList())
                + " → " + String.join(", ", Roles.ALL.stream().filter(roles::contains).toList()));
        em.flush();
        changed.fire(new AuthorChanged(accountId));
    }

    /**
     * Two admins demoting each other at once must not both succeed: the admins' rows are locked first, so the
     * second waits for the first to commit, and the count after the lock is a fresh read that sees it.
     */
    private void refuseLastAdmin() {
        em.createQuery("select a from Account a join a.roles r where r = :admin", Account.class)
                .setParameter("admin", Roles.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
        long admins = em.createQuery("select count(a) from Account a join a.roles r where r = :admin", Long.class)
                .setParameter("admin", Roles.ADMIN)
                .getSingleResult();
        if (admins <= 1) {
            throw new LastAdminException();
        }
    }

    @Override
    public Optional<AccountSummary> byUsername(String username) {
        return opening.byUsername(username).map(account -> account.summary(clock.instant()));
    }

    @Override
    public Map<Long, Author> authors(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        // Two small queries for a whole list of bylines: names and addresses, then which of them are staff.
        var staff = Set.copyOf(em.createQuery("""
                select distinct a.id from Account a join a.roles r where a.id in :ids and r in :staff""", Long.class)
                .setParameter("ids", accountIds)
                .setParameter("staff", Roles.STAFF)
                .getResultList());
        return em.createQuery("select a.id, a.displayName, a.slug from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> new Author((Long) row[0], (String) row[1],
                        staff.contains((Long) row[0]) ? (String) row[2] : null)));
    }

    @Override
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public List<Author> staff(int limit) {
        return em.createQuery("""
                        select distinct a.id, a.displayName, a.slug from Account a join a.roles r
                        where r in :staff order by a.displayName, a.id""", Object[].class)
                .setParameter("staff", Roles.STAFF)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new Author((Long) row[0], (String) row[1], (String) row[2]))
                .toList();
    }

    @Override
    public Optional<AuthorProfile> author(String slug) {
        return em.createQuery("select a from Account a where a.slug = :slug", Account.class)
                .setParameter("slug", slug)
                .getResultStream()
                .filter(Account::isStaff)
                .findFirst()
                .map(Account::profile);
    }

    @Override
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void describe(long accountId, String bio) {
        var account = em.find(Account.class, accountId);
        var own = account != null && account.username().equals(session.getCallerPrincipal().getName());
        if (!own && !session.isCallerInRole(Roles.ADMIN)) {
            throw new EJBAccessException("Only an admin may write someone else's bio.");
        }
        if (account == null || !account.isStaff()) {
            throw new IllegalArgumentException("Only staff have author pages.");
        }
        account.describe(PlainText.clean(bio).strip());
        changed.fire(new AuthorChanged(accountId));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void restrict(long accountId, Restriction.Kind kind, String reason, Instant until) {
        var account = existing(accountId);
        if (account.isAdmin()) {
            throw new IllegalArgumentException("An admin cannot be suspended or banned: take away the admin role first.");
        }
        if (until != null && !until.isAfter(clock.instant())) {
            throw new IllegalArgumentException("The end must be in the future; leave it empty for no end.");
        }
        var why = PlainText.clean(reason).strip();
        account.restrict(kind, why, until);
        if (kind == Restriction.Kind.BANNED) {
            endSessions(account);
        }
        note(accountId, kind == Restriction.Kind.BANNED ? "banned" : "suspended",
                why + (until == null ? "" : " (until " + until + ")"));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void lift(long accountId, String reason) {
        var account = existing(accountId);
        account.lift();
        signOuts.forgetOnCommit(account.username());
        note(accountId, "restriction lifted", PlainText.clean(reason).strip());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void withdrawComments(long accountId, String reason) {
        existing(accountId);
        note(accountId, "comments withdrawn", PlainText.clean(reason).strip());
        commentsWithdrawn.fire(new CommentsWithdrawn(accountId, caller()));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<AccountEvent> record(long accountId, int limit) {
        return em.createQuery("""
                        select e from AuditEntry e where e.accountId = :account
                        order by e.happenedAt desc, e.id desc""", AuditEntry.class)
                .setParameter("account", accountId)
                .setMaxResults(limit)
                .getResultStream()
                .map(AuditEntry::event)
                .toList();
    }

    @Override
    public boolean sessionMayContinue(String username, Instant signedInAt) {
        var now = clock.instant();
        var answer = signOuts.get(username, now);
        if (answer == null) {
            var account = opening.byUsername(username);
            if (account.isEmpty()) {
                return false;
            }
            answer = new SignOutTimes.Answer(account.get().openedAt(), account.get().signedOutAt(),
                    account.get().isBannedAt(now), now);
            signOuts.put(username, answer);
        }
        return answer.admits(signedInAt);
    }

    @Override
    public void signOutEverywhere() {
        var caller = session.getCallerPrincipal();
        opening.byUsername(caller == null ? "" : caller.getName()).ifPresent(account -> {
            endSessions(account);
            note(account.id(), "signed out everywhere", null);
        });
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void rename(String displayName) {
        var you = yours();
        you.rename(PlainText.clean(displayName).strip());
        note(you.id(), "name changed", null);
        changed.fire(new AuthorChanged(you.id()));
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void changePassword(String current, String replacement) {
        var you = yours();
        if (!passwords.matches(current, you.passwordHash())) {
            throw new WrongPasswordException();
        }
        you.changePassword(passwords.hash(replacement));
        endSessions(you);
        // No link out before the change may still be followed: a reset, or a change of address someone else asked for.
        tokens.withdraw(you.id(), AccountToken.Purpose.openingTheAccount());
        note(you.id(), "password changed", null);
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void changeEmail(String newEmail, String password, RequestOrigin origin) {
        var you = yours();
        if (!passwords.matches(password, you.passwordHash())) {
            throw new WrongPasswordException();
        }
        var links = mailLinks.base(origin);
        throttle.admitAddressChange(you.id(), EmailAddress.key(newEmail));
        // On the record alike whether the address is free or not (the record is theirs to download), without it.
        note(you.id(), "address change asked", null);
        var owner = opening.byEmail(newEmail);
        if (owner.isPresent()) {
            // The same answer as for a free address; the address's owner is told, and nothing changes.
            if (!owner.get().id().equals(you.id())) {
                mailroom.post(owner.get().id(), owner.get().email(), "Someone tried to use your address at "
                        + site.name(), AccountMails.addressInUse(site.name(), owner.get().displayName()));
            }
            return;
        }
        // Only the newest request's link works.
        tokens.withdraw(you.id(), AccountToken.Purpose.CHANGE_EMAIL);
        var issued = AccountToken.changeOfAddress(you.id(), newEmail.strip(), clock.instant());
        em.persist(issued.token());
        mailroom.post(you.id(), newEmail.strip(), "Confirm your new email address for " + site.name(),
                AccountMails.confirmNewAddress(site.name(), you.displayName(),
                        links + "account/confirm?token=" + issued.secret()));
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public MailChoices yourMailChoices() {
        return yours().mailChoices();
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void chooseMail(MailChoices choices) {
        yours().chooseMail(choices);
    }

    @Override
    public MailTopic stopMail(String secret) {
        var token = tokens.usable(secret, AccountToken.Purpose.STOP_REPLIES, AccountToken.Purpose.STOP_DIGEST);
        var account = em.find(Account.class, token.accountId());
        if (account == null) {
            throw new LinkRefusedException();
        }
        var topic = token.purpose() == AccountToken.Purpose.STOP_REPLIES ? MailTopic.REPLIES : MailTopic.MODERATION_DIGEST;
        var chosen = account.mailChoices();
        // Left usable until it expires: a second click, or a mail program's retry, finds it stopped already.
        account.chooseMail(topic == MailTopic.REPLIES ? new MailChoices(false, chosen.moderationDigest())
                : new MailChoices(chosen.replies(), false));
        return topic;
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public String yourData() {
        var you = yours();
        var data = new LinkedHashMap<String, Object>();
        data.put("account", you.asPersonalData());
        data.put("record", record(you.id(), 1_000).stream().map(event -> Map.of("at", event.at().toString(),
                "action", event.action())).toList());
        personalData.forEach(source -> data.put(source.section(), source.of(you.id())));
        try (var json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
            return json.toJson(data);
        } catch (Exception failed) {
            throw new IllegalStateException("Your data could not be written as JSON", failed);
        }
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void erase(String password) {
        var you = yours();
        if (you.isStaff()) {
            throw new IllegalStateException("Staff accounts are closed by an admin, so that bylines stay right.");
        }
        if (!passwords.matches(password, you.passwordHash())) {
            throw new WrongPasswordException();
        }
        var username = you.username();
        var id = you.id();
        you.erase(passwords.hash(UUID.randomUUID() + "-" + UUID.randomUUID()), clock.instant());
        signOuts.forgetOnCommit(username);
        // Nothing of the person stays behind: no link (with an address in it) to follow, no address or name in
        // the record or the outbox; the record keeps what was done, by "the account's owner".
        tokens.forget(id);
        mailroom.erase(id);
        em.createQuery("update AuditEntry e set e.detail = null where e.accountId = :account")
                .setParameter("account", id)
                .executeUpdate();
        em.createQuery("update AuditEntry e set e.actor = :owner where e.actor = :username")
                .setParameter("owner", OWNER)
                .setParameter("username", username)
                .executeUpdate();
        em.persist(new AuditEntry(clock.instant(), OWNER, id, "deleted by its owner", null));
        erased.fire(new AccountErased(id));
    }

    /** The caller's own account: these operations are about nobody else's. */
    private Account yours() {
        var caller = session.getCallerPrincipal();
        return opening.byUsername(caller == null ? "" : caller.getName())
                .orElseThrow(() -> new EJBAccessException("Sign in to change your account."));
    }

    private void endSessions(Account account) {
        account.endSessions(clock.instant());
        signOuts.forgetOnCommit(account.username());
    }

    private void note(long accountId, String action, String detail) {
        em.persist(new AuditEntry(clock.instant(), caller(), accountId, action, detail));
    }

    private String caller() {
        var principal = session.getCallerPrincipal();
        return principal == null ? "(system)" : principal.getName();
    }

    private Account existing(long accountId) {
        var account = em.find(Account.class, accountId);
        if (account == null) {
            throw new IllegalArgumentException("There is no account " + accountId + ".");
        }
        return account;
    }

    @Override
    public Optional<AccountSummary> you() {
        var caller = session.getCallerPrincipal();
        return caller == null ? Optional.empty() : opening.byUsername(caller.getName()).map(account -> account.summary(clock.instant()));
    }

    @Override
    public Optional<AuthorProfile> yourProfile() {
        return opening.byUsername(session.getCallerPrincipal().getName()).filter(Account::isStaff).map(Account::profile);
    }

    @Override
    public boolean anyExist() {
        return !em.createQuery("select a.id from Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }
}
