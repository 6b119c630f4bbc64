package org.broadsheet.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.broadsheet.people.EmailAddress;
import org.broadsheet.people.EmailTakenException;
import org.broadsheet.people.UsernameTakenException;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Slug;

/**
 * How every account comes to be, whoever opens it (an admin, the first start, a reader registering), in the
 * caller's transaction: the same refusals, the same slow hash, addresses and usernames that are never taken twice.
 */
@ApplicationScoped
class AccountOpening {

    @PersistenceContext
    EntityManager em;

    @Inject
    PasswordHashing passwords;

    @Inject
    Clock clock;

    Account open(String username, String email, String displayName, String password, Set<String> roles,
            boolean confirmed) {
        return openHashed(username, email, displayName, passwords.hash(password), roles, confirmed);
    }

    /** Opens an account whose password was hashed already (a registration's, kept with its link). */
    Account openHashed(String username, String email, String displayName, String passwordHash, Set<String> roles,
            boolean confirmed) {
        if (byUsername(username).isPresent()) {
            throw new UsernameTakenException(username);
        }
        if (byEmail(email).isPresent()) {
            throw new EmailTakenException(email.strip());
        }
        refuseUnknown(roles);
        var name = displayName.strip();
        var account = new Account(username, email, name, freeSlugFor(name), passwordHash, roles, clock.instant(),
                confirmed);
        em.persist(account);
        em.flush();
        return account;
    }

    /**
     * Someone invited who never joined, invited again as the admin now says: the name (and with it the author
     * page's address, which nobody can have linked to yet) and the roles, checked as when an account opens.
     */
    void inviteAgain(Account invited, String displayName, Set<String> roles) {
        refuseUnknown(roles);
        var name = displayName.strip();
        if (!name.equals(invited.displayName())) {
            invited.rename(name);
            invited.moveAuthorPage(freeSlugFor(name));
        }
        invited.changeRoles(roles);
    }

    Optional<Account> byEmail(String email) {
        return em.createQuery("select a from Account a where a.emailKey = :key", Account.class)
                .setParameter("key", EmailAddress.key(email))
                .getResultStream()
                .findFirst();
    }

    Optional<Account> byUsername(String username) {
        return em.createQuery("select a from Account a where a.username = :username", Account.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /**
     * A username for someone who registered with an email address: its part before the @, in the characters a
     * username may have, numbered when taken. Nobody sees it; it names the account to the rest of the site.
     */
    String freeUsernameFor(String email) {
        var local = email.strip().toLowerCase(Locale.ROOT);
        local = local.substring(0, Math.max(0, local.indexOf('@')));
        var base = local.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[-.]+|[-.]+$", "");
        base = base.length() < 3 ? "reader" : base.substring(0, Math.min(base.length(), 50));
        var start = base;
        return Stream.iterate(1, n -> n + 1)
                .map(n -> n == 1 ? start : start + "-" + n)
                .filter(candidate -> byUsername(candidate).isEmpty())
                .findFirst()
                .orElseThrow();
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

    static void refuseUnknown(Set<String> roles) {
        var unknown = roles.stream().filter(role -> !Roles.ALL.contains(role)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("There is no role " + String.join(", ", unknown) + ".");
        }
    }
}
