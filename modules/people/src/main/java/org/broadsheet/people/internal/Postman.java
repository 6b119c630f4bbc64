package org.broadsheet.people.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.broadsheet.shared.BackgroundWork;

/**
 * Delivers the outbox. Each attempt claims the mail in a transaction of its own (two instances trying at once:
 * one wins the version check), sends it with no transaction open, then records the outcome. Mail that failed, or
 * that a crash caught before delivery, is tried again every half minute, at most {@link QueuedMail#MAX_ATTEMPTS}
 * times. A crash between sending and recording would send it twice: at least once, never lost.
 */
@Stateless
// Runs for whoever posted the mail, or for nobody (the timer): delivery is the site's own business.
@PermitAll
public class Postman {

    private static final Logger LOG = Logger.getLogger(Postman.class.getName());
    /** Longer than an SMTP attempt can take with its timeouts, so a claim never lapses mid-send. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    @PersistenceContext
    EntityManager em;

    @Inject
    SmtpTransport smtp;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false, info = "Mail delivery")
    void onTimer() {
        if (BackgroundWork.mayStart() && smtp.configured()) {
            deliverWaiting();
        }
    }

    /** Tries every mail not yet delivered, oldest first, a hundred at a time. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliverWaiting() {
        List<Long> waiting = em.createQuery("""
                        select m.id from QueuedMail m where m.sentAt is null and m.withheld is null and m.attempts < :max
                        order by m.queuedAt""", Long.class)
                .setParameter("max", QueuedMail.MAX_ATTEMPTS)
                .setMaxResults(100)
                .getResultList();
        var self = context.getBusinessObject(Postman.class);
        waiting.forEach(self::deliver);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void deliver(long id) {
        var self = context.getBusinessObject(Postman.class);
        var mail = self.claim(id);
        if (mail.isEmpty()) {
            return;
        }
        try {
            smtp.send(mail.get().recipient(), mail.get().subject(), mail.get().body(), mail.get().unsubscribeUrl());
            self.record(id, null);
        } catch (MessagingException | RuntimeException failed) {
            LOG.log(Level.WARNING, "Mail " + id + " to " + mail.get().recipient() + " was not delivered; it will be"
                    + " tried again: " + failed);
            self.record(id, String.valueOf(failed.getMessage()));
        }
    }

    /** The mail to send, if this call won it; empty when it is sent, given up on, or another instance has it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<MailQueued> claim(long id) {
        var mail = em.find(QueuedMail.class, id);
        if (mail == null || !mail.claim(clock.instant(), LEASE)) {
            return Optional.empty();
        }
        try {
            em.flush();
        } catch (OptimisticLockException lost) {
            context.setRollbackOnly();
            return Optional.empty();
        }
        return Optional.of(new MailQueued(id, mail.recipient(), mail.subject(), mail.body(), mail.unsubscribeUrl()));
    }

    /** Delivered when {@code error} is null; otherwise kept for the next attempt, with what went wrong. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(long id, String error) {
        var mail = em.find(QueuedMail.class, id);
        if (error == null) {
            mail.sent(clock.instant());
        } else {
            mail.failed(error);
        }
    }
}
