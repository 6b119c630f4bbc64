package org.broadsheet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.AttributedQuote;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SpeakerProfile;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.Slug;
import org.junit.jupiter.api.Test;

/**
 * Quotes as data on the real server: a body's attributed quotes become a speaker's quotes, keep the role they
 * had, follow the article's edits, and show on the speaker's page only once an article quoting them is published.
 */
class SpeakersIT extends InContainerTest {

    @Inject
    Newsroom newsroom;

    @Inject
    PublishedArticles published;

    @Inject
    Accounts accounts;

    @Test
    void a_speaker_quoted_in_two_articles_keeps_each_role_and_shows_only_once_published() throws Exception {
        var name = "Mira Okafor " + unique();
        var slug = Slug.from(name).value();
        var first = draft("Port deal signed", "> We have a deal.\n>\n> — " + name + ", harbour commissioner");
        long firstId = editor.call(() -> newsroom.save(first));

        assertTrue(published.speaker(slug).isEmpty(), "quoted only in a draft: nobody may learn of it yet");
        var embargoed = draft("Board shake-up", "> No comment.\n>\n> — " + name + ", incoming chief executive");
        editor.call(() -> newsroom.save(embargoed));
        assertEquals(List.of(name), editor.call(() -> newsroom.speakers(name.toUpperCase(), 0, 10)).stream()
                .map(SpeakerProfile::name).toList(), "the editor is offered them, whatever the case typed");

        editor.run(() -> newsroom.publish(firstId));
        var later = draft("Port deal questioned", "Intro.\n\n> It was the best we could get.\n>\n> — "
                + name.toLowerCase().replace(" ", "  ") + ", former harbour commissioner");
        editor.call(() -> newsroom.publish(later));

        var speaker = published.speaker(slug).orElseThrow();
        assertTrue(published.quotesBy(slug, 0, 10).stream().noneMatch(quote -> quote.role().contains("incoming")),
                "a draft's quote stays unpublished");
        assertEquals(name, speaker.name(), "the same person however their name was typed");
        assertEquals("former harbour commissioner", speaker.description(), "who their newest published quote says");
        var quotes = published.quotesBy(slug, 0, 10);
        assertEquals(List.of("It was the best we could get.", "We have a deal."),
                quotes.stream().map(AttributedQuote::text).toList(), "newest article first");
        assertEquals(List.of("former harbour commissioner", "harbour commissioner"),
                quotes.stream().map(AttributedQuote::role).toList(), "each quote keeps the role it had");
        assertTrue(published.bySlug(first.slug()).orElseThrow().bodyHtml()
                .contains("<a href=\"speakers/" + slug + "\" router-ignore>"), "the article links to their page");

        var opened = editor.call(() -> newsroom.open(firstId));
        editor.call(() -> newsroom.save(new ArticleDraft(opened.id(), opened.version(), opened.headline(),
                opened.standfirst(), opened.slug(), "No quote any more.", opened.topicSlugs(), opened.authorId(),
                opened.status(), opened.scheduledFor(), opened.sectionSlug())));
        assertEquals(List.of("It was the best we could get."),
                published.quotesBy(slug, 0, 10).stream().map(AttributedQuote::text).toList(),
                "an article's quotes follow its body");
    }

    @Test
    void the_demo_articles_quotes_are_there_from_the_first_start() {
        var speaker = published.speaker("park-ji-won").orElseThrow();
        assertEquals("former South Korean trade negotiator", speaker.description());
        assertTrue(published.quotesBy("park-ji-won", 0, 10).getFirst().articleHeadline().startsWith("Seoul and Tokyo"));
    }

    private ArticleDraft draft(String headline, String body) {
        return Drafts.draft(accounts.byUsername("editor").orElseThrow().id(), headline, body);
    }

    private static String unique() {
        return Drafts.unique();
    }
}
