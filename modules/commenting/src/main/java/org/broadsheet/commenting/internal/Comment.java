package org.broadsheet.commenting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.QueuedComment;

/**
 * A reader's comment on an article. The article is referred to by id: it belongs to the content module.
 * The text is stored as {@link GuestComment} cleaned it and escaped wherever it is shown.
 */
@Entity
@Table(name = "reader_comment")
public class Comment {

    @Id
    @SequenceGenerator(name = "comment_seq", sequenceName = "comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_seq")
    private Long id;

    @Version
    private long version;

    @Column(name = "article_id", nullable = false)
    private long articleId;

    /** A guest's name (at most 80) or a signed-in reader's account name (at most 120). */
    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "author_email", nullable = false, length = 254)
    private String authorEmail;

    @Column(nullable = false, length = GuestComment.MAX_LENGTH)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CommentStatus status = CommentStatus.PENDING;

    @Column(name = "posted_at", nullable = false)
    private OffsetDateTime postedAt;

    @Column(name = "moderated_at")
    private OffsetDateTime moderatedAt;

    @Column(name = "moderated_by", length = 64)
    private String moderatedBy;

    /** The signed-in reader's account; null for a guest's comment. */
    @Column(name = "account_id")
    private Long accountId;

    /** Why the house rules held or refused it, a reason a line; null when nothing did. */
    @Column(name = "held_because", length = 1000)
    private String heldBecause;

    /** The comment this one answers; null for a thread's first. */
    @Column(name = "parent_id")
    private Long parentId;

    /** The thread's first comment: this one's own id when it starts the thread. */
    @Column(name = "thread_id", nullable = false)
    private Long threadId;

    @Column(nullable = false)
    private int depth;

    // Counted by single UPDATE statements as readers like and report (see DefaultComments), never written from here:
    // a popular comment's counts do not conflict with a moderator's decision.
    @Column(name = "like_count", insertable = false, updatable = false)
    private int likeCount;

    @Column(name = "open_reports", insertable = false, updatable = false)
    private int openReports;

    @Column(nullable = false, insertable = false, updatable = false)
    private boolean hidden;

    @Column(name = "reports_kept", nullable = false)
    private boolean reportsKept;

    @Column(nullable = false)
    private boolean picked;

    @Column(name = "edited_at")
    private OffsetDateTime editedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "removed_by", length = 16)
    private RemovedBy removedBy;

    /** Who took a shown comment down. */
    enum RemovedBy {
        AUTHOR,
        MODERATOR
    }

    protected Comment() {
    }

    /** A reply: on the article of the comment it answers, in its thread, one deeper but never past the deepest. */
    Comment(Comment answered, GuestComment comment, Long accountId, Verdict verdict, Instant now) {
        this(answered.articleId, comment, accountId, verdict, now);
        var deepest = answered.depth >= org.broadsheet.commenting.Comments.MAX_DEPTH;
        this.parentId = deepest ? answered.parentId : answered.id;
        this.threadId = answered.threadId;
        this.depth = deepest ? answered.depth : answered.depth + 1;
    }

    Comment(long articleId, GuestComment comment, Long accountId, Verdict verdict, Instant now) {
        this.articleId = articleId;
        this.accountId = accountId;
        this.authorName = comment.name().strip();
        this.authorEmail = comment.email().strip();
        this.body = comment.body().strip();
        this.postedAt = utc(now);
        this.status = verdict.status();
        this.heldBecause = verdict.reasons().isEmpty() ? null : verdict.heldBecause();
        if (status != CommentStatus.PENDING) {
            // Decided by the rules, on the comment's record as an editor's decision would be.
            moderatedBy = Verdict.HOUSE_RULES;
            moderatedAt = postedAt;
        }
    }

    /** A thread's first comment is its own thread; its id is known once persisted, before it is written. */
    void startThreadIfFirst() {
        if (threadId == null) {
            threadId = id;
        }
    }

    /** Whether readers can read it and answer it. */
    boolean isShown() {
        return status == CommentStatus.APPROVED && removedBy == null && !hidden;
    }

    boolean isWrittenBy(long account) {
        return accountId != null && accountId == account && removedBy == null
                && (status == CommentStatus.APPROVED || status == CommentStatus.PENDING);
    }

    /**
     * Whether its writer may still correct it: only once shown (a comment waiting for a moderator stays the text
     * the moderator reads) and within {@link org.broadsheet.commenting.Comments#EDITABLE_FOR}.
     */
    boolean isEditableBy(long account, Instant now) {
        return isWrittenBy(account) && status == CommentStatus.APPROVED && now.isBefore(editableUntil());
    }

    Instant editableUntil() {
        return postedAt.toInstant().plus(org.broadsheet.commenting.Comments.EDITABLE_FOR);
    }

    /**
     * The writer's correction, as the house rules read it again: it stays shown, or waits for an editor again
     * (saying why) when the new text would have been held. A banned word never gets this far.
     */
    void edit(String newBody, Verdict verdict, Instant now) {
        body = newBody.strip();
        editedAt = utc(now);
        // Reports heard about the old words say nothing about the new ones.
        reportsKept = false;
        if (verdict.status() == CommentStatus.PENDING) {
            status = CommentStatus.PENDING;
            heldBecause = "Edited: " + verdict.heldBecause();
            moderatedBy = null;
            moderatedAt = null;
        }
    }

    /** The writer takes it down: the text goes for good, the place in the thread stays. */
    void removeByAuthor(Instant now) {
        body = "";
        removedBy = RemovedBy.AUTHOR;
        picked = false;
        editedAt = utc(now);
    }

    /** A moderator takes a shown comment down; the text stays on the record for the moderators. */
    void removeByModerator(String moderator, Instant now) {
        if (status != CommentStatus.APPROVED || removedBy != null) {
            throw new CommentAlreadyModeratedException();
        }
        removedBy = RemovedBy.MODERATOR;
        picked = false;
        moderatedBy = moderator;
        moderatedAt = utc(now);
    }

    /** A moderator heard the reports and keeps it: reports from now on are listed but hide nothing. */
    void keepDespiteReports(String moderator, Instant now) {
        reportsKept = true;
        moderatedBy = moderator;
        moderatedAt = utc(now);
    }

    void pick(boolean picked) {
        if (!isShown()) {
            throw new CommentAlreadyModeratedException();
        }
        this.picked = picked;
    }

    Long accountId() {
        return accountId;
    }

    Long threadId() {
        return threadId;
    }

    Long parentId() {
        return parentId;
    }

    OffsetDateTime postedAtUtc() {
        return postedAt;
    }

    int depth() {
        return depth;
    }

    /** A moderator's decision on a pending comment. */
    void decide(CommentStatus decision, String moderator, Instant now) {
        moderate(decision, moderator, now);
    }

    /** A comment is moderated once: a second decision would come from a stale screen. */
    private void moderate(CommentStatus decision, String moderator, Instant now) {
        if (status != CommentStatus.PENDING) {
            throw new CommentAlreadyModeratedException();
        }
        status = decision;
        moderatedBy = moderator;
        moderatedAt = utc(now);
    }

    Long id() {
        return id;
    }

    CommentStatus status() {
        return status;
    }

    long articleId() {
        return articleId;
    }

    String authorName() {
        return authorName;
    }

    String body() {
        return body;
    }

    /** As moderators see it, with what the page around it found out (its article, thread and commenter). */
    QueuedComment queued(String articleHeadline, List<String> reports, QueuedComment.InReplyTo inReplyTo,
            QueuedComment.History history) {
        return new QueuedComment(id, articleId, articleHeadline, authorName, authorEmail, accountId,
                postedAt.toInstant(), body, status, heldBecause == null ? List.of() : List.of(heldBecause.split("\n")),
                reports, hidden, picked, removedBy != null, moderatedBy,
                moderatedAt == null ? null : moderatedAt.toInstant(), inReplyTo, history);
    }

    String authorEmail() {
        return authorEmail;
    }

    /** Stored with its offset: EclipseLink reads Instant columns back wrongly in projections. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
