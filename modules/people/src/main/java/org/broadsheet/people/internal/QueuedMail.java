package org.broadsheet.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.broadsheet.people.OutboxMail;

/**
 * A mail the site decided to send, written in the same transaction as the decision (an account opened, a reset
 * asked for), then delivered. Delivery first claims the mail for a while, under the version check, so that when
 * two server instances try at once only one sends it.
 */
@Entity
@Table(name = "mail_outbox")
public class QueuedMail {

    static final int MAX_ATTEMPTS = 5;

    @Id
    @SequenceGenerator(name = "mail_seq", sequenceName = "mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "account_id")
    private Long accountId;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 8000)
    private String body;

    @Column(name = "queued_at", nullable = false)
    private OffsetDateTime queuedAt;

    @Column(name = "claimed_until")
    private OffsetDateTime claimedUntil;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(length = 200)
    private String withheld;

    /** Where a mail the person chose to get is stopped in one click; null for other mail. */
    @Column(name = "unsubscribe_url", length = 500)
    private String unsubscribeUrl;

    protected QueuedMail() {
    }

    QueuedMail(Long accountId, String recipient, String subject, String body, Instant now) {
        this.accountId = accountId;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.queuedAt = now.atOffset(ZoneOffset.UTC);
    }

    /** Mail the person chose: it names where to stop it (the List-Unsubscribe header). */
    QueuedMail stoppableAt(String url) {
        unsubscribeUrl = url;
        return this;
    }

    String unsubscribeUrl() {
        return unsubscribeUrl;
    }

    /** Written down but never to be sent: the outbox shows it with the reason, as a record of the request. */
    void withhold(String reason) {
        withheld = reason;
    }

    Long id() {
        return id;
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    /** Takes the mail for one delivery attempt; false when it is sent, given up on, or someone else has it. */
    boolean claim(Instant now, Duration lease) {
        if (sentAt != null || withheld != null || attempts >= MAX_ATTEMPTS || claimedUntil != null && now.isBefore(claimedUntil.toInstant())) {
            return false;
        }
        attempts++;
        claimedUntil = now.plus(lease).atOffset(ZoneOffset.UTC);
        return true;
    }

    void sent(Instant now) {
        sentAt = now.atOffset(ZoneOffset.UTC);
        lastError = null;
    }

    void failed(String error) {
        lastError = error.length() <= 500 ? error : error.substring(0, 499) + "…";
        claimedUntil = null;
    }

    OutboxMail summary() {
        return new OutboxMail(id, recipient, subject, body, queuedAt.toInstant(),
                sentAt == null ? null : sentAt.toInstant(), attempts, lastError, withheld);
    }
}
