package org.broadsheet.commenting.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.commenting.PostedComment;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.PublishedComment;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(Comments.class)
@PermitAll
public class DefaultComments implements Comments {

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedArticles articles;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @Inject
    CommentThrottle throttle;

    @Inject
    StoredHouseRules houseRules;

    @Inject
    Event<CommentsChanged> changed;

    @Override
    public PostedComment post(long articleId, GuestComment comment, String clientAddress) {
        if (!articles.isPublished(articleId)) {
            throw new CommentNotFoundException("Comments can only be left on a published article.");
        }
        // Signed in, a reader comments as their account says, whatever the form sent.
        var account = accounts.you();
        if (account.isPresent() && account.get().restriction() != null) {
            throw CommentRefusedException.restricted(account.get().restriction().until());
        }
        if (account.isPresent()) {
            comment = new GuestComment(account.get().displayName(),
                    account.get().email() == null ? comment.email() : account.get().email(), comment.body(),
                    comment.trap());
        }
        throttle.admit(articleId, comment, clientAddress);
        var accountId = account.map(AccountSummary::id).orElse(null);
        var verdict = Verdict.on(comment.body(), comment.trapped(), accountId != null && hasApprovedComment(accountId),
                houseRules.current());
        var entity = new Comment(articleId, comment, accountId, verdict, clock.instant());
        em.persist(entity);
        em.flush();
        throttle.stored(articleId, comment, clientAddress);
        if (verdict.status() == CommentStatus.APPROVED) {
            changed.fire(new CommentsChanged(articleId));
        }
        return new PostedComment(entity.id(), verdict.status());
    }

    /** Whether the account has had a comment approved: the house rules' "known commenter". */
    private boolean hasApprovedComment(long accountId) {
        return !em.createQuery("select c.id from Comment c where c.accountId = :account and c.status = :approved",
                        Long.class)
                .setParameter("account", accountId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    @Override
    public List<PublishedComment> approvedOn(long articleId, int offset, int limit) {
        // Only what readers see: never the email address, never whole entities for a page of text.
        return em.createQuery("""
                select c.id, c.authorName, c.accountId, c.postedAt, c.body from Comment c
                where c.articleId = :article and c.status = :approved
                order by c.postedAt, c.id""", Object[].class)
                .setParameter("article", articleId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new PublishedComment((Long) row[0], (String) row[1], (Long) row[2],
                        ((OffsetDateTime) row[3]).toInstant(), (String) row[4]))
                .toList();
    }

    @Override
    public long countApproved(long articleId) {
        return em.createQuery("""
                select count(c) from Comment c where c.articleId = :article and c.status = :approved""", Long.class)
                .setParameter("article", articleId)
                .setParameter("approved", CommentStatus.APPROVED)
                .getSingleResult();
    }
}
