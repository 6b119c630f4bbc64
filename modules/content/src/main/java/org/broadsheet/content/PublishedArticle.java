package org.broadsheet.content;

import java.time.Instant;
import org.broadsheet.people.Author;
import java.util.List;

/**
 * A published article as its page shows it; {@code bodyHtml} is already sanitized. {@code updatedAt} is the
 * last editorial change (a correction or update note included; {@code notes} are oldest first), for "modified"
 * dates in link previews and search results. {@code hero} is the picture it opens with, or null. {@code bylines}
 * name the lead author first. {@code wordCount} counts the body's words (see {@link MarkdownBody#wordCount}).
 */
public record PublishedArticle(long id, String slug, String headline, String standfirst, List<Author> bylines,
        Instant publishedAt, Instant updatedAt, String bodyHtml, String bodyMarkdown, SectionRef section, List<TopicRef> topics,
        List<EditorsNote> notes, Hero hero, int wordCount) {

    /** Words a reader reads in a minute, for "5 min read" (a common figure for reading on screen). */
    public static final int WORDS_PER_MINUTE = 230;

    public PublishedArticle {
        bylines = List.copyOf(bylines);
        topics = List.copyOf(topics);
        notes = List.copyOf(notes);
    }


    /** Minutes it takes to read, at least one. */
    public int readingMinutes() {
        return Math.max(1, Math.round((float) wordCount / WORDS_PER_MINUTE));
    }
}
