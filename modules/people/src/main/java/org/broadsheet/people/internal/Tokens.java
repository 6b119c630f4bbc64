package org.broadsheet.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.people.internal.AccountToken.Purpose;

/** The links an account has out, in the caller's transaction: found by their secret, used, and withdrawn. */
@ApplicationScoped
class Tokens {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * The token a link's secret names, if it is for one of these purposes and still usable, locked for the rest
     * of the transaction so that two clicks at once cannot both use it; one refusal for every other case.
     */
    AccountToken usable(String secret, Purpose... purposes) {
        var token = find(secret);
        // A token that names no account opens none (a reset asked for an unknown address) unless it is a
        // registration's, which carries the account it will open.
        if (token.isEmpty() || !usableFor(token.get(), purposes)
                || token.get().accountId() == null && !token.get().isRegistration()) {
            throw new LinkRefusedException();
        }
        lock(token.get());
        if (!usableFor(token.get(), purposes)) {
            throw new LinkRefusedException();
        }
        return token.get();
    }

    /** The token a secret names, used or not. */
    Optional<AccountToken> find(String secret) {
        return em.createQuery("select t from AccountToken t where t.digest = :digest", AccountToken.class)
                .setParameter("digest", AccountToken.digestOf(secret))
                .getResultStream()
                .findFirst();
    }

    /** Read again and held for the rest of the transaction, so two requests at once cannot both use it. */
    void lock(AccountToken token) {
        em.refresh(token, LockModeType.PESSIMISTIC_WRITE);
    }

    private boolean usableFor(AccountToken token, Purpose... purposes) {
        var now = clock.instant();
        return Arrays.stream(purposes).anyMatch(purpose -> token.usableAt(now, purpose));
    }

    /**
     * Every unused link of the account for these purposes stops working: after a new password, say, no older
     * link (a reset, a change of address someone else asked for) may still be followed.
     */
    void withdraw(long accountId, Purpose... purposes) {
        em.createQuery("""
                        update AccountToken t set t.usedAt = :now
                        where t.accountId = :account and t.purpose in :purposes and t.usedAt is null""")
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter("account", accountId)
                .setParameter("purposes", List.of(purposes))
                .executeUpdate();
    }

    /** Every link of the account, with any address it carries, gone: the account is being erased. */
    void forget(long accountId) {
        em.createQuery("delete from AccountToken t where t.accountId = :account")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    /** Every token of the account for this purpose gone, used or not. */
    void forget(long accountId, Purpose purpose) {
        em.createQuery("delete from AccountToken t where t.accountId = :account and t.purpose = :purpose")
                .setParameter("account", accountId)
                .setParameter("purpose", purpose)
                .executeUpdate();
    }

    /** One token gone, if a secret names it. */
    void forget(String secret) {
        em.createQuery("delete from AccountToken t where t.digest = :digest")
                .setParameter("digest", AccountToken.digestOf(secret))
                .executeUpdate();
    }
}
