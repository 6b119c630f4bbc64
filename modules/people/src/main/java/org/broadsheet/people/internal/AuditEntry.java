package org.broadsheet.people.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.broadsheet.people.AccountEvent;

/** One line of an account's record. Written, never changed: the record is only worth what it cannot lose. */
@Entity
@Table(name = "people_audit")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "people_audit_seq", sequenceName = "people_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "people_audit_seq")
    private Long id;

    @Column(name = "happened_at", nullable = false)
    private OffsetDateTime happenedAt;

    @Column(nullable = false, length = 64)
    private String actor;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(length = 600)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, String actor, long accountId, String action, String detail) {
        this.happenedAt = at.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.accountId = accountId;
        this.action = action;
        this.detail = detail == null || detail.length() <= 600 ? detail : detail.substring(0, 599) + "…";
    }

    AccountEvent event() {
        return new AccountEvent(happenedAt.toInstant(), actor, action, detail);
    }
}
