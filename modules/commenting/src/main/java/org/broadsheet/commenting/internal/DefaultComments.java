package org.broadsheet.commenting.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentAwaits;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentOrder;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.CommentReport;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.CommentThread;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.Liked;
import org.broadsheet.commenting.PostedComment;
import org.broadsheet.commenting.PublishedComment;
import org.broadsheet.commenting.YourPart;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.PlainText;
import org.broadsheet.shared.Roles;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(Comments.class)
@PermitAll
public class DefaultComments implements Comments {

    @PersistenceContext
    EntityManager em;

    @Inject
    Discussions discussions;

    @Inject
    PublishedArticles articles;

    @Inject
    ReplyNotices replies;

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

    @Inject
    Event<CommentAwaits> awaits;

    @Override
    public PostedComment post(long articleId, GuestComment comment, String clientAddress) {
        return store(articleId, null, comment, clientAddress);
    }

    @Override
    public PostedComment reply(long commentId, GuestComment comment, String clientAddress) {
        var answered = em.find(Comment.class, commentId);
        if (answered == null || !answered.isShown()) {
            throw new CommentNotFoundException("This comment can no longer be answered.");
        }
        return store(answered.articleId(), answered, comment, clientAddress);
    }

    private PostedComment store(long articleId, Comment answered, GuestComment comment, String clientAddress) {
        var opening = discussions.of(articleId).orElseThrow(
                () -> new CommentNotFoundException("Comments can only be left on a published article."));
        // Signed in, a reader comments as their account says, whatever the form sent.
        var account = accounts.you();
        if (opening.commenters() == Commenters.NOBODY) {
            throw CommentRefusedException.closed();
        }
        if (opening.commenters() == Commenters.SIGNED_IN && account.isEmpty()) {
            throw CommentRefusedException.signInFirst("to comment on this article");
        }
        if (account.isPresent() && account.get().restriction() != null) {
            throw CommentRefusedException.restricted(account.get().restriction().until());
        }
        if (account.isPresent()) {
            comment = new GuestComment(account.get().displayName(),
                    account.get().email() == null ? comment.email() : account.get().email(), comment.body(),
                    comment.trap());
        }
        var accountId = account.map(AccountSummary::id).orElse(null);
        throttle.admit(articleId, comment, clientAddress, accountId);
        var verdict = Verdict.on(comment.body(), comment.trapped(), accountId != null && hasApprovedComment(accountId),
                opening.policy(), houseRules.compiled());
        var entity = answered == null ? new Comment(articleId, comment, accountId, verdict, clock.instant())
                : new Comment(answered, comment, accountId, verdict, clock.instant());
        em.persist(entity);
        entity.startThreadIfFirst();
        em.flush();
        throttle.stored(articleId, comment, clientAddress);
        if (verdict.status() == CommentStatus.APPROVED) {
            changed.fire(new CommentsChanged(articleId));
            replies.published(List.of(entity.id()));
        } else if (verdict.status() == CommentStatus.PENDING) {
            awaits.fire(new CommentAwaits(articleId));
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
    public Commenters whoMayComment(long articleId) {
        return discussions.of(articleId).map(Discussions.Opening::commenters).orElse(Commenters.NOBODY);
    }

    /**
     * A thread is shown while its first comment is, or while any reply is (its first comment then keeps its place,
     * saying it is not shown): a comment waiting again, or withdrawn, takes no one's reply with it.
     */
    private static final String THREAD_SHOWN = """
            (c.status = :approved or exists (select r.id from Comment r
            where r.threadId = c.id and r.depth > 0 and r.status = :approved))""";

    @Override
    public List<CommentThread> threadsOn(long articleId, CommentOrder order, int offset, int limit, int repliesEach) {
        if (!articles.isPublished(articleId)) {
            return List.of();
        }
        var firsts = em.createQuery(CommentRows.PUBLISHED + " where c.articleId = :article and c.depth = 0 and "
                        + THREAD_SHOWN + " order by " + switch (order) {
                            case OLDEST -> "c.postedAt, c.id";
                            case NEWEST -> "c.postedAt desc, c.id desc";
                            case MOST_LIKED -> "c.likeCount desc, c.postedAt, c.id";
                        }, Object[].class)
                .setParameter("article", articleId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(CommentRows::published)
                .toList();
        if (firsts.isEmpty()) {
            return List.of();
        }
        var threadIds = firsts.stream().map(PublishedComment::id).toList();
        var counts = replyCounts(threadIds);
        var threadOf = repliesEach == 0 ? Map.<Long, Long>of() : firstReplies(threadIds, repliesEach);
        var replies = CommentRows.byIds(em, threadOf.keySet());
        var repliesByThread = new LinkedHashMap<Long, List<PublishedComment>>();
        replies.forEach(reply -> repliesByThread.computeIfAbsent(threadOf.get(reply.id()), t -> new ArrayList<>())
                .add(reply));
        return firsts.stream()
                .map(first -> new CommentThread(first, repliesByThread.getOrDefault(first.id(), List.of()),
                        counts.getOrDefault(first.id(), 0L)))
                .toList();
    }

    /** How many shown (or taken down) replies each thread has, in one query. */
    private Map<Long, Long> replyCounts(List<Long> threadIds) {
        return em.createQuery("""
                select c.threadId, count(c) from Comment c
                where c.threadId in :threads and c.depth > 0 and c.status = :approved group by c.threadId""",
                        Object[].class)
                .setParameter("threads", threadIds)
                .setParameter("approved", CommentStatus.APPROVED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /**
     * The first replies of each thread, at most {@code each} a thread, in one query: a window over the thread's
     * replies (both H2 and PostgreSQL number rows this way), so a thread of thousands costs no more than a short one.
     */
    private Map<Long, Long> firstReplies(List<Long> threadIds, int each) {
        var query = em.createNativeQuery("""
                select id, thread_id from (
                    select id, thread_id, row_number() over (partition by thread_id order by posted_at, id) as place
                    from reader_comment
                    where thread_id in (%s) and depth > 0 and status = 'APPROVED'
                ) numbered where place <= ?%d""".formatted(CommentRows.parameters(1, threadIds.size()),
                threadIds.size() + 1));
        for (int i = 0; i < threadIds.size(); i++) {
            query.setParameter(i + 1, threadIds.get(i));
        }
        query.setParameter(threadIds.size() + 1, each);
        return ((List<?>) query.getResultList()).stream().map(row -> (Object[]) row)
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), row -> ((Number) row[1]).longValue()));
    }

    @Override
    public long countThreads(long articleId) {
        return em.createQuery("""
                select count(c) from Comment c where c.articleId = :article and c.depth = 0 and\s""" + THREAD_SHOWN,
                        Long.class)
                .setParameter("article", articleId)
                .setParameter("approved", CommentStatus.APPROVED)
                .getSingleResult();
    }

    @Override
    public List<PublishedComment> repliesIn(long articleId, long threadId, int offset, int limit) {
        if (!articles.isPublished(articleId)) {
            return List.of();
        }
        return em.createQuery(CommentRows.PUBLISHED + """
                         where c.articleId = :article and c.threadId = :thread and c.depth > 0
                        and c.status = :approved order by c.postedAt, c.id""", Object[].class)
                .setParameter("article", articleId)
                .setParameter("thread", threadId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(CommentRows::published)
                .toList();
    }

    @Override
    public long repliesCount(long threadId) {
        return replyCounts(List.of(threadId)).getOrDefault(threadId, 0L);
    }

    @Override
    public List<PublishedComment> approvedOn(long articleId, int offset, int limit) {
        return em.createQuery(CommentRows.PUBLISHED + """
                         where c.articleId = :article and c.status = :approved and c.removedBy is null
                        and c.hidden = false order by c.postedAt, c.id""", Object[].class)
                .setParameter("article", articleId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(CommentRows::published)
                .toList();
    }

    @Override
    public long countApproved(long articleId) {
        return em.createQuery("""
                select count(c) from Comment c where c.articleId = :article and c.status = :approved
                and c.removedBy is null and c.hidden = false""", Long.class)
                .setParameter("article", articleId)
                .setParameter("approved", CommentStatus.APPROVED)
                .getSingleResult();
    }

    /** Picks shown at the top of an article's comments: a handful, not a second list of everything. */
    static final int MAX_PICKS = 10;

    @Override
    public List<PublishedComment> picksOn(long articleId) {
        return em.createQuery(CommentRows.PUBLISHED + """
                         where c.articleId = :article and c.status = :approved and c.picked = true
                        and c.removedBy is null and c.hidden = false order by c.postedAt, c.id""", Object[].class)
                .setParameter("article", articleId)
                .setParameter("approved", CommentStatus.APPROVED)
                .setMaxResults(MAX_PICKS)
                .getResultStream()
                .map(CommentRows::published)
                .toList();
    }

    @Override
    public PublishedComment shown(long commentId) {
        shownComment(commentId, LockModeType.NONE);
        return CommentRows.byIds(em, List.of(commentId)).getFirst();
    }

    @Override
    // Only an account can like once, or prove a comment is its own.
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public Liked like(long commentId) {
        var you = accounts.you().orElseThrow(() -> CommentRefusedException.signInFirst("to like comments"));
        // Held until commit: two likes of one reader at once cannot both find no like and both add one.
        shownComment(commentId, LockModeType.PESSIMISTIC_WRITE);
        // Once per reader: the row is the proof, and the count moves only when a row was added.
        int added = em.createNativeQuery("""
                insert into comment_like (comment_id, account_id, liked_at) select ?1, ?2, current_timestamp
                where not exists (select 1 from comment_like where comment_id = ?1 and account_id = ?2)""")
                .setParameter(1, commentId)
                .setParameter(2, you.id())
                .executeUpdate();
        if (added > 0) {
            em.createNativeQuery("update reader_comment set like_count = like_count + 1 where id = ?1")
                    .setParameter(1, commentId)
                    .executeUpdate();
        }
        return new Liked(((Number) em.createNativeQuery("select like_count from reader_comment where id = ?1")
                .setParameter(1, commentId)
                .getSingleResult()).intValue(), added > 0);
    }

    @Override
    public boolean report(long commentId, CommentReport report, String clientAddress) {
        var comment = shownComment(commentId, LockModeType.PESSIMISTIC_WRITE);
        throttle.admitReport(clientAddress);
        var reporter = accounts.you().map(you -> "account:" + you.id()).orElse("address:" + clientAddress);
        int added = em.createNativeQuery("""
                insert into comment_report (comment_id, reporter, reason, note, reported_at)
                select ?1, ?2, ?3, ?4, current_timestamp
                where not exists (select 1 from comment_report where comment_id = ?1 and reporter = ?2)""")
                .setParameter(1, commentId)
                .setParameter(2, reporter.length() > 80 ? reporter.substring(0, 80) : reporter)
                .setParameter(3, report.reason().name())
                .setParameter(4, report.note().isEmpty() ? null : report.note())
                .executeUpdate();
        if (added == 0) {
            return false;
        }
        em.createNativeQuery("update reader_comment set open_reports = open_reports + 1 where id = ?1")
                .setParameter(1, commentId)
                .executeUpdate();
        // Hidden once enough signed-in readers reported it, unless a moderator has already heard the reports and kept
        // it. A guest's report reaches the moderators but hides nothing: anyone can change their address.
        int hidden = em.createNativeQuery("""
                update reader_comment set hidden = true
                where id = ?1 and reports_kept = false and hidden = false and ?2 <= (select count(*) from comment_report
                    where comment_id = ?1 and reporter like 'account:%')""")
                .setParameter(1, commentId)
                .setParameter(2, houseRules.current().hideAfterReports())
                .executeUpdate();
        if (hidden > 0) {
            em.getEntityManagerFactory().getCache().evict(Comment.class, commentId);
            changed.fire(new CommentsChanged(comment.articleId()));
        }
        return true;
    }

    @Override
    // Only an account can like once, or prove a comment is its own.
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public PostedComment edit(long commentId, String body) {
        var comment = yours(commentId);
        var now = clock.instant();
        if (!comment.isEditableBy(comment.accountId(), now)) {
            throw CommentRefusedException.noLongerEditable();
        }
        var text = PlainText.clean(body).strip();
        if (PlainText.isBlank(text)) {
            throw CommentRefusedException.changeBreaksRules();
        }
        var opening = discussions.of(comment.articleId())
                .orElseThrow(() -> new CommentNotFoundException("The article is no longer published."));
        var verdict = Verdict.on(text, false, true, opening.policy(), houseRules.compiled());
        if (verdict.status() == CommentStatus.REJECTED) {
            throw CommentRefusedException.changeBreaksRules();
        }
        var wasShown = comment.isShown();
        comment.edit(text, verdict, now);
        flush();
        if (wasShown) {
            changed.fire(new CommentsChanged(comment.articleId()));
        }
        if (comment.status() == CommentStatus.PENDING) {
            awaits.fire(new CommentAwaits(comment.articleId()));
        }
        return new PostedComment(comment.id(), comment.status());
    }

    @Override
    // Only an account can like once, or prove a comment is its own.
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void delete(long commentId) {
        var comment = yours(commentId);
        var wasShown = comment.isShown();
        comment.removeByAuthor(clock.instant());
        flush();
        if (wasShown) {
            changed.fire(new CommentsChanged(comment.articleId()));
        }
    }

    @Override
    public YourPart yourPartIn(long articleId) {
        var you = accounts.you();
        if (you.isEmpty()) {
            return YourPart.NONE;
        }
        var written = em.createQuery("""
                select c.id, c.postedAt from Comment c where c.articleId = :article and c.accountId = :account
                and c.status = :approved and c.removedBy is null""", Object[].class)
                .setParameter("article", articleId)
                .setParameter("account", you.get().id())
                .setParameter("approved", CommentStatus.APPROVED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0],
                        row -> ((OffsetDateTime) row[1]).toInstant().plus(EDITABLE_FOR)));
        var liked = new HashMap<Long, Integer>();
        ((List<?>) em.createNativeQuery("""
                select l.comment_id, c.like_count from comment_like l join reader_comment c on c.id = l.comment_id
                where c.article_id = ?1 and l.account_id = ?2""")
                .setParameter(1, articleId)
                .setParameter(2, you.get().id())
                .getResultList()).stream().map(row -> (Object[]) row)
                .forEach(row -> liked.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue()));
        return new YourPart(written, liked);
    }

    @Override
    // Only an account can like once, or prove a comment is its own.
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public String yourText(long commentId) {
        return yours(commentId).body();
    }

    /** Written now: a moderator deciding the same comment at the same moment gets there first or is refused. */
    private void flush() {
        try {
            em.flush();
        } catch (OptimisticLockException raceLost) {
            throw new CommentAlreadyModeratedException();
        }
    }

    /** The signed-in reader's own comment, still theirs to change. */
    private Comment yours(long commentId) {
        var you = accounts.you().orElseThrow(() -> CommentRefusedException.signInFirst("to change your comments"));
        var comment = em.find(Comment.class, commentId, FRESH);
        if (comment == null || !comment.isWrittenBy(you.id())) {
            throw new CommentNotFoundException("This is not a comment of yours that can be changed.");
        }
        return comment;
    }

    /** A comment readers can read now, read from the database (another instance may have hidden it). */
    private Comment shownComment(long commentId, LockModeType lock) {
        var comment = em.find(Comment.class, commentId, lock, FRESH);
        if (comment == null || !comment.isShown() || !articles.isPublished(comment.articleId())) {
            throw new CommentNotFoundException("This comment is not shown.");
        }
        return comment;
    }

    /** Reads past the shared cache: counts and hiding change by statements that do not go through it. */
    private static final Map<String, Object> FRESH = Map.of("jakarta.persistence.cache.retrieveMode",
            CacheRetrieveMode.BYPASS);
}
