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
import java.util.List;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.PendingComment;
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
                select c from Comment c where c.status = :pending order by c.postedAt, c.id""", Comment.class)
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
        return em.createQuery("select count(c) from Comment c where c.status = :pending", Long.class)
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
