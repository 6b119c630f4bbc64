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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Author;
import org.broadsheet.people.AuthorChanged;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.people.NewAccount;
import org.broadsheet.people.UsernameTakenException;
import org.broadsheet.shared.PlainText;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Slug;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(Accounts.class)
@PermitAll
public class DefaultAccounts implements Accounts {

    private static final Set<String> STAFF_ROLES = Set.of(Roles.EDITOR, Roles.ADMIN);

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    Event<AuthorChanged> changed;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public long open(NewAccount account) {
        if (byUsername(account.username()).isPresent()) {
            throw new UsernameTakenException(account.username());
        }
        var name = account.displayName().strip();
        var entity = new Account(account.username(), name, freeSlugFor(name),
                passwords.hash(account.password()), account.roles(), clock.instant());
        em.persist(entity);
        em.flush();
        return entity.id();
    }

    @Override
    public Optional<AccountSummary> byUsername(String username) {
        return find(username).map(Account::summary);
    }

    Optional<Account> find(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
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
                .setParameter("staff", STAFF_ROLES)
                .getResultList());
        return em.createQuery("select a.id, a.displayName, a.slug from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> new Author((Long) row[0], (String) row[1],
                        staff.contains((Long) row[0]) ? (String) row[2] : null)));
    }

    @Override
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public List<Author> staff(int limit) {
        return em.createQuery("""
                        select distinct a.id, a.displayName, a.slug from Account a join a.roles r
                        where r in :staff order by a.displayName, a.id""", Object[].class)
                .setParameter("staff", STAFF_ROLES)
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
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
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
    public Optional<AuthorProfile> yourProfile() {
        return find(session.getCallerPrincipal().getName()).filter(Account::isStaff).map(Account::profile);
    }

    /**
     * The name's Latin spelling ("Elena Marsh" is elena-marsh), numbered when someone has it already; a name no
     * slug can spell is "author-" and a number.
     */
    private String freeSlugFor(String displayName) {
        var spelled = Slug.latinSpellingOf(displayName).map(Slug::value);
        var base = spelled.map(value -> value.length() <= 70 ? value : value.substring(0, 70).replaceAll("-+$", ""))
                .orElse("author");
        return Stream.iterate(1, n -> n + 1)
                .map(n -> n == 1 && spelled.isPresent() ? base : base + "-" + n)
                .filter(candidate -> em.createQuery("select count(a) from Account a where a.slug = :slug", Long.class)
                        .setParameter("slug", candidate)
                        .getSingleResult() == 0)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public boolean anyExist() {
        return !em.createQuery("select a.id from Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }
}
