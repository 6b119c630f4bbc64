package org.broadsheet.content;

/** Where an article stands. Only {@link #PUBLISHED} articles are ever shown to readers. */
public enum ArticleStatus {
    DRAFT,
    PUBLISHED
}
