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
import org.broadsheet.commenting.PendingComment;

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

    protected Comment() {
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

    void approve(String moderator, Instant now) {
        moderate(CommentStatus.APPROVED, moderator, now);
    }

    void reject(String moderator, Instant now) {
        moderate(CommentStatus.REJECTED, moderator, now);
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

    PendingComment pending(String articleHeadline) {
        return new PendingComment(id, articleId, articleHeadline, authorName, authorEmail, postedAt.toInstant(), body,
                heldBecause == null ? List.of() : List.of(heldBecause.split("\n")));
    }

    /** Stored with its offset: EclipseLink reads Instant columns back wrongly in projections. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
