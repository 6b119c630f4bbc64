package org.broadsheet.commenting.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.shared.Roles;

/**
 * One batch of a moderator's decision on many comments, committed on its own: a decision on twenty thousand comments
 * is twenty short transactions, never one that outlives its timeout or holds every row at once.
 */
@Stateless
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class BulkDecisions {

    /** Comments one batch decides. */
    static final int BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<CommentsChanged> changed;

    @Inject
    ReplyNotices replies;

    /**
     * The next batch of comments waiting since before {@code postedBefore} (on one article, unless null), oldest
     * first; a comment edited since then waits for someone to read it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> pendingBefore(Instant postedBefore, Long articleId) {
        var query = em.createQuery("""
                select c.id from Comment c where c.status = :pending and c.removedBy is null
                and coalesce(c.editedAt, c.postedAt) < :before
                """ + (articleId == null ? "" : "and c.articleId = :article ") + "order by c.postedAt, c.id", Long.class)
                .setParameter("pending", CommentStatus.PENDING)
                .setParameter("before", postedBefore.atOffset(ZoneOffset.UTC))
                .setMaxResults(BATCH);
        if (articleId != null) {
            query.setParameter("article", articleId);
        }
        return query.getResultList();
    }

    /** Decides those of these comments still pending; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int decide(List<Long> ids, CommentStatus decision, String moderator, Instant now) {
        var articles = em.createQuery("""
                select distinct c.articleId from Comment c where c.id in :ids and c.status = :pending""", Long.class)
                .setParameter("ids", ids)
                .setParameter("pending", CommentStatus.PENDING)
                .getResultList();
        var approved = decision == CommentStatus.APPROVED ? em.createQuery("""
                select c.id from Comment c where c.id in :ids and c.status = :pending and c.removedBy is null""",
                        Long.class)
                .setParameter("ids", ids)
                .setParameter("pending", CommentStatus.PENDING)
                .getResultList() : List.<Long>of();
        // One statement a batch; the version moves so a moderator's screen that still shows one is refused.
        int decided = em.createQuery("""
                update Comment c set c.status = :decision, c.moderatedBy = :moderator, c.moderatedAt = :now,
                c.version = c.version + 1 where c.id in :ids and c.status = :pending and c.removedBy is null""")
                .setParameter("decision", decision)
                .setParameter("moderator", moderator)
                .setParameter("now", now.atOffset(ZoneOffset.UTC))
                .setParameter("ids", ids)
                .setParameter("pending", CommentStatus.PENDING)
                .executeUpdate();
        // Every decision changes what moderators' open queues show; an approval, what readers see.
        articles.forEach(article -> changed.fire(new CommentsChanged(article)));
        if (decision == CommentStatus.APPROVED) {
            replies.published(approved);
        }
        return decided;
    }
}
