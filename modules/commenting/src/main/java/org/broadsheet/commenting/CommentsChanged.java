package org.broadsheet.commenting;

/**
 * Fired (as a CDI event) when what readers see under an article changes: a comment was approved, or a
 * decision took one away. Observe it {@code during = AFTER_SUCCESS} to forget copies of comment pages.
 */
public record CommentsChanged(long articleId) {
}
