package org.broadsheet.commenting;

/**
 * Fired (as a CDI event) when a comment starts waiting for a moderator: posted and held, or edited and held again.
 * Observe it {@code during = AFTER_SUCCESS} to tell moderators who are looking at the queue.
 */
public record CommentAwaits(long articleId) {
}
