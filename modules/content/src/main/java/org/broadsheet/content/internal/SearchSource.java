package org.broadsheet.content.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.shared.BackgroundWork;

/**
 * What the search index is built from, read from the database, and the timer that keeps each server's index
 * current: every ten seconds it takes in what changed since the last look, including what other server
 * instances changed (their events never reach this one). The first look after a start builds the whole index.
 */
@Stateless
// Runs for the timer (no caller) and for the index; it reads only what readers may read.
@PermitAll
public class SearchSource {

    /** A published article as the index holds it. */
    public record Indexed(long id, String headline, String standfirst, String body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchIndex index;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "Search index catch-up")
    // Each batch reads in a transaction of its own: a first build of a large archive outlasts any one transaction.
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void onTimer() {
        if (BackgroundWork.mayStart()) {
            index.catchUp(this);
        }
    }

    /** Published articles with ids above {@code afterId}, in id order, {@code limit} of them. */
    public List<Indexed> published(long afterId, int limit) {
        return em.createQuery("""
                        select a.id, a.headline, a.standfirst, a.bodyMarkdown from Article a
                        where a.status = :published and a.id > :after order by a.id""", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultStream()
                .map(SearchSource::indexed)
                .toList();
    }

    /** Every article changed after {@code since}, published or not (those that are not leave the index). */
    public List<Long> changedSince(Instant since) {
        return em.createQuery("select a.id from Article a where a.updatedAt > :since", Long.class)
                .setParameter("since", since.atOffset(ZoneOffset.UTC))
                .getResultList();
    }

    /** The article if readers may read it; empty for a draft or a withdrawn one, which must leave the index. */
    public Optional<Indexed> published(long id) {
        return em.createQuery("""
                        select a.id, a.headline, a.standfirst, a.bodyMarkdown from Article a
                        where a.id = :id and a.status = :published""", Object[].class)
                .setParameter("id", id)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst()
                .map(SearchSource::indexed);
    }

    private static Indexed indexed(Object[] row) {
        return new Indexed((Long) row[0], (String) row[1], (String) row[2],
                MarkdownBody.toPlainText((String) row[3], Integer.MAX_VALUE));
    }
}
