package org.broadsheet.people.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Where the people module posts mail. A mail is written to the outbox in the caller's transaction, so it exists
 * exactly when what it tells of does; once that commits it is handed to the {@link Postman} on a thread of the
 * server's, so no request waits for an SMTP server (and a request that mails takes as long as one that does
 * not). With no SMTP server configured, the mail is written to the log as well, and stays in the outbox.
 */
@ApplicationScoped
class Mailroom {

    private static final Logger LOG = Logger.getLogger(Mailroom.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<MailQueued> queued;

    @Inject
    SmtpTransport smtp;

    @Inject
    Postman postman;

    @Resource
    ManagedExecutorService threads;

    /** Posts a mail about the account ({@code accountId}) to {@code recipient}, once the caller's transaction commits. */
    void post(Long accountId, String recipient, String subject, String body) {
        post(new QueuedMail(accountId, recipient, subject, body, clock.instant()));
    }

    /** Posts mail the account's owner chose to get, with the address that stops it ({@code unsubscribeUrl}). */
    void postStoppable(long accountId, String recipient, String subject, String body, String unsubscribeUrl) {
        post(new QueuedMail(accountId, recipient, subject, body, clock.instant()).stoppableAt(unsubscribeUrl));
    }

    private void post(QueuedMail mail) {
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.id(), mail.recipient(), mail.subject(), mail.body(), mail.unsubscribeUrl()));
    }

    /**
     * Writes down a mail that will not be sent, with why: a reset asked for an address no account has costs the
     * request the same work as one that is sent, and the admin sees the request in the outbox.
     */
    void withhold(String recipient, String subject, String reason) {
        var mail = new QueuedMail(null, recipient, subject, "(not sent) " + reason, clock.instant());
        mail.withhold(reason);
        em.persist(mail);
        em.flush();
        queued.fire(new MailQueued(mail.id(), recipient, subject, null, null));
    }

    /** Mail sent to the address before its account was opened (the registration's own) is the account's too. */
    void attribute(long accountId, String emailKey) {
        em.createQuery("update QueuedMail m set m.accountId = :account where m.accountId is null and lower(m.recipient) = :key")
                .setParameter("account", accountId)
                .setParameter("key", emailKey)
                .executeUpdate();
    }

    /** The account is being erased: its mail keeps no address, name or text of the person's. */
    void erase(long accountId) {
        em.createQuery("""
                        update QueuedMail m set m.recipient = :erased, m.subject = :erased, m.body = :erased,
                        m.version = m.version + 1 where m.accountId = :account""")
                .setParameter("erased", "(erased)")
                .setParameter("account", accountId)
                .executeUpdate();
    }

    void deliverOnCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued mail) {
        if (mail.body() == null) {
            return; // withheld: announced only so that both answers take the same steps
        }
        // Off the request's thread either way: the request that mails is no slower than one that does not.
        if (smtp.configured()) {
            threads.execute(() -> postman.deliver(mail.id()));
            return;
        }
        threads.execute(() -> LOG.info(() -> "No SMTP server is configured (broadsheet.mail.smtp.host): this mail"
                + " stays in the outbox.\nTo: " + mail.recipient() + "\nSubject: " + mail.subject() + "\n\n"
                + mail.body()));
    }
}
