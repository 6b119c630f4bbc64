package org.broadsheet.content.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Logger;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.shared.BackgroundWork;

/**
 * Publishes scheduled articles when their time comes. Every server instance looks every ten seconds; the time
 * lives in the database, so an article whose time passed while the site was down goes out at the first look
 * after the start. Each article is published in a transaction of its own under the article's version check:
 * when two instances look at once, one publishes and the other's write is refused, so it goes out exactly once.
 *
 * <p>The timer is not persistent: a persistent EJB timer would need the server's own timer database on every
 * server, and the schedule is already in ours.
 */
@Stateless
// The timer runs with no caller; what it does was decided by the editor who scheduled the article.
@PermitAll
public class ScheduledPublications {

    private static final Logger LOG = Logger.getLogger(ScheduledPublications.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ArticlesChanged> changed;

    @Resource
    SessionContext session;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "Scheduled publications")
    void onTimer() {
        if (BackgroundWork.mayStart()) {
            publishDue();
        }
    }

    /**
     * Publishes every article due now; returns the ids this call published (not another's). Anyone may ask:
     * it only does early what the timer is about to do, and "now" is the server's clock, never the caller's.
     */
    public List<Long> publishDue() {
        var now = clock.instant();
        var self = session.getBusinessObject(ScheduledPublications.class);
        return em.createQuery("""
                        select a.id from Article a
                        where a.status = :scheduled and a.scheduledFor <= :now order by a.scheduledFor""", Long.class)
                .setParameter("scheduled", ArticleStatus.SCHEDULED)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .getResultList()
                .stream()
                .filter(self::publishIfDue)
                .toList();
    }

    /** Whether this call published it: false when it was not due any more (withdrawn, moved, published). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean publishIfDue(long articleId) {
        var now = clock.instant();
        var article = em.find(Article.class, articleId);
        if (article == null || !article.isDueAt(now)) {
            return false;
        }
        article.publish(now);
        try {
            em.flush();
        } catch (OptimisticLockException anotherWasFirst) {
            // Another instance published it, or an editor changed it, since we read it: theirs stands.
            session.setRollbackOnly();
            return false;
        }
        LOG.info(() -> "Published the scheduled article " + articleId);
        changed.fire(new ArticlesChanged(articleId));
        return true;
    }
}
