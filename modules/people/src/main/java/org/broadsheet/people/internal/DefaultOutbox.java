package org.broadsheet.people.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.broadsheet.people.Outbox;
import org.broadsheet.people.OutboxMail;
import org.broadsheet.shared.Roles;

@Stateless
@Local(Outbox.class)
// Mail holds links that open accounts: only admins read it.
@RolesAllowed(Roles.ADMIN)
public class DefaultOutbox implements Outbox {

    @PersistenceContext
    EntityManager em;

    @Override
    public List<OutboxMail> newest(int offset, int limit) {
        return em.createQuery("select m from QueuedMail m order by m.queuedAt desc, m.id desc", QueuedMail.class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(QueuedMail::summary)
                .toList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(m) from QueuedMail m", Long.class).getSingleResult();
    }
}
