package org.broadsheet.commenting.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.commenting.Decision;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.commenting.QueuedComment;
import org.broadsheet.commenting.ReportReason;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Roles;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(ModerationQueue.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class DefaultModerationQueue implements ModerationQueue {

    /** How much of the comment a reply answers the queue shows beside it. */
    private static final int EXCERPT = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedArticles articles;

    @Inject
    Clock clock;

    @Inject
    Event<CommentsChanged> changed;

    @Inject
    BulkDecisions bulk;

    @Inject
    ReplyNotices replies;

    @Resource
    SessionContext session;

    /** Each tab: which comments, in which order (every order has an index to read it from; see the migrations). */
    private static String where(QueueTab tab) {
        return switch (tab) {
            case PENDING -> "c.status = :status and c.removedBy is null order by c.postedAt, c.id";
            case REPORTED -> "c.status = :status and c.removedBy is null and c.openReports > 0"
                    + " order by c.openReports desc, c.postedAt, c.id";
            case APPROVED, REJECTED, SPAM -> "c.status = :status order by c.postedAt desc, c.id desc";
        };
    }

    private static CommentStatus status(QueueTab tab) {
        return switch (tab) {
            case PENDING -> CommentStatus.PENDING;
            case REPORTED, APPROVED -> CommentStatus.APPROVED;
            case REJECTED -> CommentStatus.REJECTED;
            case SPAM -> CommentStatus.SPAM;
        };
    }

    @Override
    public List<QueuedComment> inTab(QueueTab tab, int offset, int limit) {
        return withContext(em.createQuery("select c from Comment c where " + where(tab), Comment.class)
                .setParameter("status", status(tab))
                // Reports and likes are counted by statements that pass the shared cache by: read them fresh.
                .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    @Override
    public long count(QueueTab tab) {
        var condition = where(tab);
        return em.createQuery("select count(c) from Comment c where " + condition.substring(0, condition.indexOf(" order by")),
                        Long.class)
                .setParameter("status", status(tab))
                .getSingleResult();
    }

    @Override
    public Optional<QueuedComment> beside(QueueTab tab, long commentId, boolean after) {
        var comment = em.find(Comment.class, commentId);
        if (comment == null) {
            return Optional.empty();
        }
        if (tab == QueueTab.REPORTED) {
            // Ordered by a count that changes as readers report: found on its page instead.
            var page = inTab(tab, 0, MAX_PAGE);
            var at = page.stream().map(QueuedComment::id).toList().indexOf(commentId);
            var next = at + (after ? 1 : -1);
            return at < 0 || next < 0 || next >= page.size() ? Optional.empty() : Optional.of(page.get(next));
        }
        // The tab's order by time and id, read forwards or backwards from this comment's place.
        var ascending = tab == QueueTab.PENDING;
        var later = ascending == after;
        var condition = where(tab);
        var query = em.createQuery("select c from Comment c where "
                        + condition.substring(0, condition.indexOf(" order by"))
                        + (later ? " and (c.postedAt > :at or (c.postedAt = :at and c.id > :id))"
                                : " and (c.postedAt < :at or (c.postedAt = :at and c.id < :id))")
                        + (later ? " order by c.postedAt, c.id" : " order by c.postedAt desc, c.id desc"), Comment.class)
                .setParameter("status", status(tab))
                .setParameter("at", comment.postedAtUtc())
                .setParameter("id", commentId)
                .setMaxResults(1);
        return withContext(query.getResultList()).stream().findFirst();
    }

    @Override
    public List<QueuedComment> historyOf(long commentId, int limit) {
        var comment = find(commentId);
        var byAccount = comment.accountId() != null;
        return withContext(em.createQuery("select c from Comment c where "
                        + (byAccount ? "c.accountId = :who" : "c.accountId is null and c.authorEmail = :who")
                        + " order by c.postedAt desc, c.id desc", Comment.class)
                .setParameter("who", byAccount ? comment.accountId() : comment.authorEmail())
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * A page of comments with what a moderator needs around each, in a fixed number of queries whatever the page's
     * length: the articles' headlines, the comments the replies answer, the commenters' records and the reports.
     */
    private List<QueuedComment> withContext(List<Comment> comments) {
        if (comments.isEmpty()) {
            return List.of();
        }
        var headlines = articles.headlines(comments.stream().map(Comment::articleId).distinct().toList());
        var answered = answered(comments);
        var histories = histories(comments);
        var reports = reports(comments.stream().map(Comment::id).toList());
        return comments.stream()
                .map(c -> c.queued(headlines.getOrDefault(c.articleId(), "(article removed)"),
                        reports.getOrDefault(c.id(), List.of()),
                        c.parentId() == null ? null : answered.get(c.parentId()),
                        histories.getOrDefault(commenter(c.accountId(), c.authorEmail()), QueuedComment.History.NONE)))
                .toList();
    }

    private Map<Long, QueuedComment.InReplyTo> answered(List<Comment> comments) {
        var parents = comments.stream().map(Comment::parentId).filter(Objects::nonNull).distinct().toList();
        if (parents.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select c.id, c.authorName, c.body from Comment c where c.id in :ids", Object[].class)
                .setParameter("ids", parents)
                .getResultStream()
                .map(row -> {
                    var body = (String) row[2];
                    return new QueuedComment.InReplyTo((Long) row[0], (String) row[1],
                            body.length() > EXCERPT ? body.substring(0, EXCERPT) + "…" : body);
                })
                .collect(Collectors.toMap(QueuedComment.InReplyTo::id, Function.identity()));
    }

    /** A signed-in commenter is their account; a guest, their address (the best a guest can be told apart by). */
    private static String commenter(Long accountId, String email) {
        return accountId != null ? "account:" + accountId : "email:" + email;
    }

    private Map<String, QueuedComment.History> histories(List<Comment> comments) {
        var accounts = comments.stream().map(Comment::accountId).filter(Objects::nonNull).distinct().toList();
        var emails = comments.stream().filter(c -> c.accountId() == null).map(Comment::authorEmail).distinct().toList();
        var counts = new HashMap<String, long[]>();
        if (!accounts.isEmpty()) {
            tally(counts, em.createQuery("""
                    select c.accountId, c.status, count(c) from Comment c where c.accountId in :accounts
                    group by c.accountId, c.status""", Object[].class)
                    .setParameter("accounts", accounts)
                    .getResultList(), row -> commenter((Long) row[0], null));
        }
        if (!emails.isEmpty()) {
            tally(counts, em.createQuery("""
                    select c.authorEmail, c.status, count(c) from Comment c
                    where c.accountId is null and c.authorEmail in :emails group by c.authorEmail, c.status""",
                            Object[].class)
                    .setParameter("emails", emails)
                    .getResultList(), row -> commenter(null, (String) row[0]));
        }
        return counts.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> {
                    var tally = entry.getValue();
                    return new QueuedComment.History(tally[CommentStatus.APPROVED.ordinal()],
                            tally[CommentStatus.PENDING.ordinal()], tally[CommentStatus.REJECTED.ordinal()],
                            tally[CommentStatus.SPAM.ordinal()]);
                }));
    }

    private static void tally(Map<String, long[]> counts, List<Object[]> rows, Function<Object[], String> who) {
        for (var row : rows) {
            var tally = counts.computeIfAbsent(who.apply(row), key -> new long[CommentStatus.values().length]);
            tally[((CommentStatus) row[1]).ordinal()] += (Long) row[2];
        }
    }

    private Map<Long, List<String>> reports(List<Long> ids) {
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
        return reports;
    }

    @Override
    public void approve(long commentId) {
        decide(commentId, CommentStatus.APPROVED);
    }

    @Override
    public void reject(long commentId) {
        decide(commentId, CommentStatus.REJECTED);
    }

    @Override
    public void markSpam(long commentId) {
        decide(commentId, CommentStatus.SPAM);
    }

    private void decide(long commentId, CommentStatus decision) {
        var comment = find(commentId);
        comment.decide(decision, moderator(), clock.instant());
        decided(comment);
        if (decision == CommentStatus.APPROVED) {
            replies.published(List.of(commentId));
        }
    }

    @Override
    // No transaction of its own: each batch commits on its own (BulkDecisions).
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int decideAll(List<Long> commentIds, Decision decision) {
        var moderator = moderator();
        int decided = 0;
        for (int from = 0; from < commentIds.size(); from += BulkDecisions.BATCH) {
            var batch = commentIds.subList(from, Math.min(commentIds.size(), from + BulkDecisions.BATCH));
            decided += bulk.decide(List.copyOf(batch), decision.status(), moderator, clock.instant());
        }
        return decided;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int decideAllPending(Decision decision, Instant postedBefore, Long articleId) {
        var moderator = moderator();
        int decided = 0;
        for (var batch = bulk.pendingBefore(postedBefore, articleId); !batch.isEmpty();
                batch = bulk.pendingBefore(postedBefore, articleId)) {
            int now = bulk.decide(batch, decision.status(), moderator, clock.instant());
            if (now == 0) {
                break; // another moderator is deciding the same comments: what is left is theirs
            }
            decided += now;
        }
        return decided;
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

    /**
     * The reports are answered: off the reported list (and shown again, when kept). They are forgotten, so a later
     * report lists its own reason, not the ones already heard.
     */
    private void clearReports(long commentId, String alsoSet) {
        em.createNativeQuery("update reader_comment set " + alsoSet + "open_reports = 0 where id = ?1")
                .setParameter(1, commentId)
                .executeUpdate();
        em.createNativeQuery("delete from comment_report where comment_id = ?1")
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
