package org.broadsheet.people.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.logging.Logger;
import org.broadsheet.shared.BackgroundWork;

/**
 * Deletes links and kept sign-ins past their time, and mail for no account once its link is dead, every hour. Once expired a token does nothing, and some carry
 * what someone typed: a registration never confirmed holds a name, an address and a password hash, a change of
 * address the new address. Used ones are kept until they expire: a kept sign-in presented again after it was used
 * is how a copied cookie is caught ({@link RememberedDevices}).
 */
@Stateless
// The site's own housekeeping, run by the timer for nobody.
@PermitAll
public class ExpiredLinks {

    private static final Logger LOG = Logger.getLogger(ExpiredLinks.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Schedule(minute = "7", hour = "*", persistent = false, info = "Expired links")
    void onTimer() {
        if (BackgroundWork.mayStart()) {
            forgetExpiredAt(clock.instant());
        }
    }

    /**
     * Deletes every token that expired before {@code now}, and mail for no account older than a registration's
     * link lives (a registration's confirmation names the person, and no account's erasure would ever reach it;
     * whatever link such a mail carries is dead); returns how many tokens.
     */
    public int forgetExpiredAt(Instant now) {
        em.createQuery("delete from QueuedMail m where m.accountId is null and m.queuedAt < :before")
                .setParameter("before", now.minus(AccountToken.Purpose.CONFIRM_EMAIL.lifetime).atOffset(ZoneOffset.UTC))
                .executeUpdate();
        int deleted = em.createQuery("delete from AccountToken t where t.expiresAt < :now")
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
        if (deleted > 0) {
            LOG.info(() -> "Deleted " + deleted + " expired links and kept sign-ins");
        }
        return deleted;
    }
}
