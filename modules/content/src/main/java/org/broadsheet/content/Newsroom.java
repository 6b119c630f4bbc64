package org.broadsheet.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What editors do with articles. Every operation needs the editor or admin role. */
public interface Newsroom {

    ArticleDraft open(long articleId);

    /** Creates or updates an article and returns its id; refuses a stale version and a slug in use. */
    long save(@NotNull @Valid ArticleDraft draft);

    void publish(long articleId);

    void unpublish(long articleId);

    /** A page of all articles, drafts included, in the given order (newest change first when empty). */
    List<ArticleRow> articles(int offset, int limit, List<ArticleOrder> order);

    long countArticles();

    List<TopicRef> topics();

    /**
     * Adds a topic, or returns the one already called that (ignoring case and spacing). Two different names
     * never share a topic, even when they spell the same slug or none at all.
     */
    TopicRef addTopic(@NotBlank(message = TopicRef.NAME_BLANK)
            @Size(max = TopicRef.MAX_NAME_LENGTH, message = TopicRef.NAME_TOO_LONG) String name);
}
