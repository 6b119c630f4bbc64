package org.broadsheet.content;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What any reader may read: published articles only. Open to everyone, signed in or not. */
public interface PublishedArticles {

    /** Newest first. */
    List<ArticleTeaser> latest(int offset, int limit);

    long countPublished();

    Optional<PublishedArticle> bySlug(String slug);

    boolean isPublished(long articleId);

    /** Headlines by article id, in one query, for lists that show many articles (drafts included). */
    Map<Long, String> headlines(Collection<Long> articleIds);
}
