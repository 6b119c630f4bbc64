package org.broadsheet.content;

import java.time.Instant;
import org.broadsheet.people.Author;
import java.util.List;

/**
 * A published article as its page shows it; {@code bodyHtml} is already sanitized. {@code updatedAt} is the
 * last editorial change (a correction or update note included; {@code notes} are oldest first), for "modified"
 * dates in link previews and search results. {@code hero} is the picture it opens with, or null. {@code bylines}
 * name the lead author first.
 */
public record PublishedArticle(long id, String slug, String headline, String standfirst, List<Author> bylines,
        Instant publishedAt, Instant updatedAt, String bodyHtml, String bodyMarkdown, SectionRef section, List<TopicRef> topics,
        List<EditorsNote> notes, Hero hero) {

    public PublishedArticle {
        bylines = List.copyOf(bylines);
        topics = List.copyOf(topics);
        notes = List.copyOf(notes);
    }

}
