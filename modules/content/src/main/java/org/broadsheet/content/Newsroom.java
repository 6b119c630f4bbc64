package org.broadsheet.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What editors do with articles. Every operation needs the editor or admin role. When two people change the
 * same article at once, the one who loses gets {@link ArticleChangedMeanwhileException} (or
 * {@link ArticleStateException} if the other's change already makes theirs pointless), never a raw
 * persistence error.
 */
public interface Newsroom {

    ArticleDraft open(long articleId);

    /** Creates or updates an article and returns its id; refuses a stale version and a slug in use. */
    long save(@NotNull @Valid ArticleDraft draft);

    /** Refuses an article already published, and a change someone else's decision overtook. */
    void publish(long articleId);

    /**
     * Saves the editor's version and publishes it, in one transaction: a stale version or a slug in use
     * refuses both, so readers never see anything but what the editor sent. Returns the article's id.
     */
    long publish(@NotNull @Valid ArticleDraft draft);

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
