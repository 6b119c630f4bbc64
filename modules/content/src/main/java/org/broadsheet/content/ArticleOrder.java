package org.broadsheet.content;

import java.util.Set;

/** A sort the editors' list may ask for; the property is checked against a fixed list, never put in a query as is. */
public record ArticleOrder(String property, boolean ascending) {

    public static final Set<String> SORTABLE = Set.of("headline", "status", "updatedAt", "publishedAt");

    public ArticleOrder {
        if (!SORTABLE.contains(property)) {
            throw new IllegalArgumentException("Articles cannot be sorted by " + property);
        }
    }
}
