package org.broadsheet.people.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.NewAccount;
import org.broadsheet.people.UsernameTakenException;
import org.broadsheet.shared.Roles;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(Accounts.class)
@PermitAll
public class DefaultAccounts implements Accounts {

    @PersistenceContext
    EntityManager em;

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
        var entity = new Account(account.username(), account.displayName().strip(),
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
    public Map<Long, String> displayNames(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
                .setParameter("ids", accountIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    @Override
    public boolean anyExist() {
        return !em.createQuery("select a.id from Account a", Long.class).setMaxResults(1).getResultList().isEmpty();
    }
}
