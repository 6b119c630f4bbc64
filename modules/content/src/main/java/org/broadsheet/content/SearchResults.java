package org.broadsheet.content;

import java.util.List;

/**
 * A page of what a search found, best match first. {@code searched} is the text actually searched (cleaned, and
 * cut to {@link #MAX_QUERY_LENGTH} characters); {@code total} counts every match, not only this page's.
 */
public record SearchResults(String searched, boolean shortened, long total, List<Hit> hits) {

    public static final int MAX_QUERY_LENGTH = 200;

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /**
     * One article found, with a passage of it where the words were found: {@code snippetHtml} is escaped text
     * whose only markup is {@code <mark>} around the words found, ready to go into a page as it is.
     */
    public record Hit(ArticleTeaser article, String snippetHtml) {
    }
}
