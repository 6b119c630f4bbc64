package org.broadsheet.commenting.internal;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.PublishedComment;

/**
 * Comments read as readers see them: only the columns a page shows, never whole entities (a page of thousands of
 * comments stays out of the persistence context), and never the email address.
 */
final class CommentRows {

    /** The columns {@link #published(Object[])} reads, from {@code Comment c}. */
    static final String PUBLISHED = """
            select c.id, c.parentId, c.depth, c.authorName, c.accountId, c.postedAt, c.editedAt, c.body, c.likeCount,
            c.picked, c.removedBy, c.hidden, c.status from Comment c""";

    private CommentRows() {
    }

    static PublishedComment published(Object[] row) {
        var removedBy = (Comment.RemovedBy) row[10];
        var shown = row[12] != CommentStatus.APPROVED ? PublishedComment.Shown.NOT_SHOWN
                : removedBy == Comment.RemovedBy.AUTHOR ? PublishedComment.Shown.REMOVED_BY_AUTHOR
                : removedBy == Comment.RemovedBy.MODERATOR ? PublishedComment.Shown.REMOVED_BY_MODERATOR
                : (Boolean) row[11] ? PublishedComment.Shown.HIDDEN_BY_REPORTS
                : PublishedComment.Shown.SHOWN;
        var edited = (OffsetDateTime) row[6];
        return new PublishedComment((Long) row[0], (Long) row[1], (Integer) row[2], (String) row[3], (Long) row[4],
                ((OffsetDateTime) row[5]).toInstant(), edited == null ? null : edited.toInstant(), (String) row[7],
                (Integer) row[8], (Boolean) row[9], shown);
    }

    /** The published comments with these ids, oldest first. */
    static List<PublishedComment> byIds(EntityManager em, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery(PUBLISHED + " where c.id in :ids order by c.postedAt, c.id", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(CommentRows::published)
                .toList();
    }

    /** {@code ?first, ?first+1, …}: positional parameters for a native query's list of values. */
    static String parameters(int first, int count) {
        return IntStream.range(first, first + count).mapToObj(i -> "?" + i).collect(Collectors.joining(", "));
    }
}
