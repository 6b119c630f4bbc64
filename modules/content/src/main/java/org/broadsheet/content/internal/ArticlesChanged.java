package org.broadsheet.content.internal;

/** Fired when an editor saves, publishes or unpublishes: what readers see may have changed. */
record ArticlesChanged(long articleId) {
}
