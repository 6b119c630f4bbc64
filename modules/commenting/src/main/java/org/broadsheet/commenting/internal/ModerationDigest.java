package org.broadsheet.commenting.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.people.ModeratorsMail;

/**
 * Once a day, the moderators who chose it are told what waits for them. Every instance's timer asks; the first to
 * mark the day in {@code comment_setting} sends it, so a cluster sends one digest a day.
 */
@Stateless
// The site's own housekeeping, run by the timer for nobody.
@PermitAll
public class ModerationDigest {

    static final String SENT_ON = "digest-sent-on";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<ModeratorsMail> mail;

    @Schedule(hour = "7", minute = "0", timezone = "UTC", persistent = false, info = "Moderation digest")
    void onTimer() {
        sendIfDue(clock.instant());
    }

    /** Sends today's digest unless it went already or nothing waits; returns whether it went. */
    public boolean sendIfDue(Instant now) {
        var today = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        var sent = em.find(CommentSetting.class, SENT_ON, LockModeType.PESSIMISTIC_WRITE);
        if (sent != null && sent.value().equals(today)) {
            return false;
        }
        long pending = count("c.status = :status and c.removedBy is null", CommentStatus.PENDING);
        long reported = count("c.status = :status and c.removedBy is null and c.openReports > 0", CommentStatus.APPROVED);
        if (pending + reported == 0) {
            return false;
        }
        if (sent == null) {
            em.persist(new CommentSetting(SENT_ON, today)); // a database from before the row was created for it
        } else {
            sent.change(today);
        }
        mail.fire(new ModeratorsMail(pending + " comments wait for moderation", """
                Good morning. In the moderation queue now:

                %d comments wait for a decision
                %d shown comments were reported by readers

                Open the queue:""".formatted(pending, reported), "admin/comments"));
        return true;
    }

    private long count(String condition, CommentStatus status) {
        return em.createQuery("select count(c) from Comment c where " + condition, Long.class)
                .setParameter("status", status)
                .getSingleResult();
    }
}
