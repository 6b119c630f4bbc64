package org.broadsheet.content;

/**
 * Fired (as a CDI event) whenever an editor changes what readers could see: a save, a publication, a
 * withdrawal. Observe it {@code during = AFTER_SUCCESS} to forget copies of pages or articles.
 */
public record ArticlesChanged(long articleId) {
}
