package org.broadsheet.commenting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.people.AccountErased;
import org.broadsheet.people.CommentsWithdrawn;
import org.broadsheet.people.PersonalDataSource;

/**
 * A signed-in reader's comments, all at once: they download them with their account; an admin withdraws every
 * one of them in one step (one update however many, marked rejected by that admin so the queue's history says
 * who); and when the reader deletes their account the comments stay (a thread would not make sense without
 * them) but no longer carry their name or address. Each change is made in the caller's transaction, and the
 * pages that showed the comments are told to forget them.
 */
@ApplicationScoped
class CommentsOfAPerson implements PersonalDataSource {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<CommentsChanged> changed;

    @Override
    public String section() {
        return "comments";
    }

    @Override
    public List<?> of(long accountId) {
        return em.createQuery("""
                        select c.articleId, c.postedAt, c.status, c.authorName, c.authorEmail, c.body from Comment c
                        where c.accountId = :account order by c.postedAt, c.id""", Object[].class)
                .setParameter("account", accountId)
                .getResultStream()
                .map(row -> {
                    Map<String, Object> comment = new LinkedHashMap<>();
                    comment.put("articleId", row[0]);
                    comment.put("postedAt", ((OffsetDateTime) row[1]).toInstant().toString());
                    comment.put("status", row[2].toString());
                    comment.put("name", row[3]);
                    comment.put("email", row[4]);
                    comment.put("text", row[5]);
                    return comment;
                })
                .toList();
    }

    void withdraw(@Observes CommentsWithdrawn withdrawn) {
        var articles = articlesCommentedOn(withdrawn.accountId());
        em.createQuery("""
                        update Comment c set c.status = :rejected, c.moderatedBy = :by, c.moderatedAt = :now,
                        c.version = c.version + 1
                        where c.accountId = :account and c.status <> :rejected""")
                .setParameter("rejected", CommentStatus.REJECTED)
                .setParameter("by", withdrawn.by())
                .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter("account", withdrawn.accountId())
                .executeUpdate();
        articles.forEach(article -> changed.fire(new CommentsChanged(article)));
    }

    void erase(@Observes AccountErased erased) {
        var articles = articlesCommentedOn(erased.accountId());
        em.createQuery("""
                        update Comment c set c.authorName = :shown, c.authorEmail = '', c.version = c.version + 1
                        where c.accountId = :account""")
                .setParameter("shown", AccountErased.SHOWN_AS)
                .setParameter("account", erased.accountId())
                .executeUpdate();
        articles.forEach(article -> changed.fire(new CommentsChanged(article)));
    }

    private List<Long> articlesCommentedOn(long accountId) {
        return em.createQuery("select distinct c.articleId from Comment c where c.accountId = :account", Long.class)
                .setParameter("account", accountId)
                .getResultList();
    }
}
