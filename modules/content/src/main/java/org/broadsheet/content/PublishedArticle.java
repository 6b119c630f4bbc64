package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/** A published article as its page shows it; {@code bodyHtml} is already sanitized. */
public record PublishedArticle(long id, String slug, String headline, String standfirst, String byline,
        Instant publishedAt, String bodyHtml, String bodyMarkdown, List<TopicRef> topics) {

    public PublishedArticle {
        topics = List.copyOf(topics);
    }
}
