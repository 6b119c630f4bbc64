package org.broadsheet.commenting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.PendingComment;
import org.broadsheet.commenting.ReportReason;
import org.broadsheet.commenting.ReportedComment;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Roles;

@Stateless
@Local(ModerationQueue.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class DefaultModerationQueue implements ModerationQueue {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedArticles articles;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Override
    public List<PendingComment> pending(int offset, int limit) {
        var comments = em.createQuery("""
                select c from Comment c where c.status = :pending and c.removedBy is null
                order by c.postedAt, c.id""", Comment.class)
                .setParameter("pending", CommentStatus.PENDING)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        var headlines = articles.headlines(comments.stream().map(Comment::articleId).distinct().toList());
        return comments.stream()
                .map(c -> c.pending(headlines.getOrDefault(c.articleId(), "(article removed)")))
                .toList();
    }

    @Override
    public long countPending() {
        return em.createQuery("""
                select count(c) from Comment c where c.status = :pending and c.removedBy is null""", Long.class)
                .setParameter("pending", CommentStatus.PENDING)
                .getSingleResult();
    }

    @Inject
    Event<CommentsChanged> changed;

    @Override
    public void approve(long commentId) {
        var comment = find(commentId);
        comment.approve(moderator(), clock.instant());
        decided(comment);
    }

    @Override
    public void reject(long commentId) {
        var comment = find(commentId);
        comment.reject(moderator(), clock.instant());
        decided(comment);
    }

    /**
     * Writes the decision now rather than at commit, so a moderator who lost a race to another gets a
     * refusal they can read, not a container's rollback error.
     */
    private void decided(Comment comment) {
        try {
            em.flush();
        } catch (OptimisticLockException raceLost) {
            throw new CommentAlreadyModeratedException();
        }
        changed.fire(new CommentsChanged(comment.articleId()));
    }

    @Override
    public List<ReportedComment> reported(int offset, int limit) {
        var comments = em.createQuery("""
                select c from Comment c where c.openReports > 0 and c.status = :approved and c.removedBy is null
                order by c.openReports desc, c.postedAt, c.id""", Comment.class)
                .setParameter("approved", CommentStatus.APPROVED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        if (comments.isEmpty()) {
            return List.of();
        }
        var ids = comments.stream().map(Comment::id).toList();
        var query = em.createNativeQuery("""
                select comment_id, reason, note from comment_report where comment_id in (%s)
                order by reported_at""".formatted(CommentRows.parameters(1, ids.size())));
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        var reports = new HashMap<Long, List<String>>();
        ((List<?>) query.getResultList()).stream().map(row -> (Object[]) row).forEach(row -> reports
                .computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                .add(ReportReason.valueOf((String) row[1]).label() + (row[2] == null ? "" : ": " + row[2])));
        var headlines = articles.headlines(comments.stream().map(Comment::articleId).distinct().toList());
        return comments.stream()
                .map(c -> c.reported(headlines.getOrDefault(c.articleId(), "(article removed)"),
                        reports.getOrDefault(c.id(), List.of())))
                .toList();
    }

    @Override
    public long countReported() {
        return em.createQuery("""
                select count(c) from Comment c where c.openReports > 0 and c.status = :approved
                and c.removedBy is null""", Long.class)
                .setParameter("approved", CommentStatus.APPROVED)
                .getSingleResult();
    }

    @Override
    public void keep(long commentId) {
        var comment = find(commentId);
        comment.keepDespiteReports(moderator(), clock.instant());
        decided(comment);
        clearReports(commentId, "hidden = false, ");
    }

    @Override
    public void remove(long commentId) {
        var comment = find(commentId);
        comment.removeByModerator(moderator(), clock.instant());
        decided(comment);
        clearReports(commentId, "");
    }

    /** The reports are answered: off the reported list (and shown again, when kept). */
    private void clearReports(long commentId, String alsoSet) {
        em.createNativeQuery("update reader_comment set " + alsoSet + "open_reports = 0 where id = ?1")
                .setParameter(1, commentId)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Comment.class, commentId);
    }

    @Override
    public void pick(long commentId, boolean picked) {
        var comment = find(commentId);
        comment.pick(picked);
        decided(comment);
    }

    private Comment find(long commentId) {
        var comment = em.find(Comment.class, commentId);
        if (comment == null) {
            throw new CommentNotFoundException("There is no comment with id " + commentId + ".");
        }
        return comment;
    }

    private String moderator() {
        return session.getCallerPrincipal().getName();
    }
}
