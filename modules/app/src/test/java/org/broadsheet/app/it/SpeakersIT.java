package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStateException;
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

    @Test
    void an_editor_says_who_a_speaker_is_now_and_where_to_read_more_and_each_quote_keeps_its_role() throws Exception {
        var name = "Ingrid Vik " + unique();
        var article = draft("Bridge tolls cut", "> The tolls go in March.\n>\n> — " + name + ", deputy mayor");
        editor.call(() -> newsroom.publish(article));
        var slug = editor.call(() -> newsroom.speakers(name, 0, 1)).getFirst().slug();
        assertEquals("deputy mayor", published.speaker(slug).orElseThrow().description());

        editor.call(() -> newsroom.describeSpeaker(slug, "Mayor of Bergen", "https://example.org/ingrid-vik"));
        assertEquals(new SpeakerProfile(slug, name, "Mayor of Bergen", "https://example.org/ingrid-vik"),
                published.speaker(slug).orElseThrow(), "readers are told what the editor wrote");
        assertEquals("deputy mayor", published.quotesBy(slug, 0, 1).getFirst().role(), "the quote keeps its role");

        assertEquals(SpeakerProfile.LINK_REFUSED, causedBy(ConstraintViolationException.class, () -> editor.call(() ->
                newsroom.describeSpeaker(slug, "Mayor", "javascript:alert(1)"))).getConstraintViolations().iterator().next()
                .getMessage());
        assertEquals(SpeakerProfile.DESCRIPTION_BLANK, causedBy(ConstraintViolationException.class, () -> editor.call(() ->
                newsroom.describeSpeaker(slug, " ", ""))).getConstraintViolations().iterator().next().getMessage());
        causedBy(ArticleStateException.class, () -> editor.call(() -> newsroom.describeSpeaker("nobody-" + unique(), "Mayor", "")));
        causedBy(EJBAccessException.class, () -> reader.call(() -> newsroom.describeSpeaker(slug, "Mayor", "")));
        assertEquals("Mayor of Bergen", published.speaker(slug).orElseThrow().description(), "a refusal changes nothing");

        editor.call(() -> newsroom.describeSpeaker(slug, "Mayor of Bergen", ""));
        assertEquals(null, published.speaker(slug).orElseThrow().link(), "an empty address takes the link away");
    }

    private ArticleDraft draft(String headline, String body) {
        return Drafts.draft(accounts.byUsername("editor").orElseThrow().id(), headline, body);
    }

    private static String unique() {
        return Drafts.unique();
    }
}
