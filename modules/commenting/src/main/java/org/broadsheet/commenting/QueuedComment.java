package org.broadsheet.commenting;

import java.time.Instant;
import java.util.List;

/**
 * A comment as moderators see it: with its article, the comment it answers (its thread's context), the
 * commenter's record so far, why the house rules held it, readers' reports, and who decided what and when.
 *
 * @param inReplyTo the comment it answers; null for a thread's first
 * @param history   how the commenter's comments went (by account, or a guest's address)
 * @param decidedBy who decided last ("(house rules)" when no editor did); null while it waits
 */
public record QueuedComment(long id, long articleId, String articleHeadline, String authorName, String authorEmail,
        Long accountId, Instant postedAt, String body, CommentStatus status, List<String> heldBecause,
        List<String> reports, boolean hidden, boolean picked, boolean removed, String decidedBy, Instant decidedAt,
        InReplyTo inReplyTo, History history) {

    public QueuedComment {
        heldBecause = List.copyOf(heldBecause);
        reports = List.copyOf(reports);
    }

    /** The comment a reply answers, as much of it as a moderator needs to judge the reply. */
    public record InReplyTo(long id, String authorName, String excerpt) {
    }

    /** How many of the commenter's comments were approved, wait, were rejected, or were spam. */
    public record History(long approved, long pending, long rejected, long spam) {

        public static final History NONE = new History(0, 0, 0, 0);

        public String summary() {
            return approved + " approved, " + pending + " waiting, " + rejected + " rejected, " + spam + " spam";
        }
    }
}
