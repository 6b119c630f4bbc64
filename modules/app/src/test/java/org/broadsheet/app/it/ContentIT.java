package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.content.ArticleChangedMeanwhileException;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.Slug;
import org.broadsheet.content.SlugTakenException;
import org.broadsheet.people.Accounts;
import org.junit.jupiter.api.Test;

/** The content module's services on the real server: persistence, publishing, locking and roles. */
class ContentIT extends InContainerTest {

    @Inject
    Newsroom newsroom;

    @Inject
    PublishedArticles published;

    @Inject
    Accounts accounts;

    @Test
    void a_draft_reaches_readers_only_once_it_is_published() throws Exception {
        var draft = draft("Harbour authority approves new quay");
        long id = editor.call(() -> newsroom.save(draft));

        assertTrue(published.bySlug(draft.slug()).isEmpty(), "a draft is never readable");
        assertTrue(published.latest(0, 50).stream().noneMatch(teaser -> teaser.slug().equals(draft.slug())));

        editor.run(() -> newsroom.publish(id));

        var article = published.bySlug(draft.slug()).orElseThrow();
        assertEquals(draft.headline(), article.headline());
        assertEquals("Elena Marsh", article.byline());
        assertTrue(article.bodyHtml().contains("<em>emphasis</em>"), article.bodyHtml());
        assertEquals(draft.slug(), published.latest(0, 1).getFirst().slug(), "newest first");
    }

    @Test
    void unpublishing_takes_an_article_away_from_readers() throws Exception {
        var draft = draft("Ferry timetable changes for winter");
        long id = editor.call(() -> newsroom.save(draft));
        editor.run(() -> newsroom.publish(id));
        editor.run(() -> newsroom.unpublish(id));

        assertTrue(published.bySlug(draft.slug()).isEmpty());
        assertEquals(ArticleStatus.DRAFT, editor.call(() -> newsroom.open(id)).status());
    }

    @Test
    void a_save_over_someone_elses_newer_save_is_refused() throws Exception {
        long id = editor.call(() -> newsroom.save(draft("Council budget vote delayed")));
        var opened = editor.call(() -> newsroom.open(id));
        editor.call(() -> newsroom.save(withHeadline(opened, "Council budget vote delayed again")));

        causedBy(ArticleChangedMeanwhileException.class,
                () -> editor.call(() -> newsroom.save(withHeadline(opened, "My stale version"))));

        assertEquals("Council budget vote delayed again", editor.call(() -> newsroom.open(id)).headline());
    }

    @Test
    void two_articles_cannot_share_a_slug() throws Exception {
        var first = draft("Rail strike called off");
        editor.call(() -> newsroom.save(first));
        var second = new ArticleDraft(null, 0, "Another headline", "Standfirst", first.slug(), "Body", Set.of(),
                null, ArticleStatus.DRAFT);

        causedBy(SlugTakenException.class, () -> editor.call(() -> newsroom.save(second)));
    }

    @Test
    void work_that_fails_halfway_is_rolled_back_whole() throws Exception {
        var taken = draft("Bridge closure extended");
        editor.call(() -> newsroom.save(taken));
        long before = editor.call(() -> newsroom.countArticles());
        var first = draft("Harbour dredging begins");
        var clash = new ArticleDraft(null, 0, "Clashing slug", "Standfirst", taken.slug(), "Body", Set.of(), null,
                ArticleStatus.DRAFT);

        causedBy(SlugTakenException.class, () -> editor.call(() -> {
            newsroom.save(first);
            return newsroom.save(clash);
        }));

        assertEquals(before, editor.call(() -> newsroom.countArticles()), "the first save went with the second");
    }

    @Test
    void an_invalid_draft_is_refused_and_nothing_is_stored() throws Exception {
        long before = editor.call(() -> newsroom.countArticles());
        var blankHeadline = new ArticleDraft(null, 0, " ", "Standfirst", "valid-slug-" + unique(), "Body", Set.of(),
                null, ArticleStatus.DRAFT);
        var badSlug = new ArticleDraft(null, 0, "Headline", "Standfirst", "Not A Slug!", "Body", Set.of(),
                null, ArticleStatus.DRAFT);

        causedBy(ConstraintViolationException.class, () -> editor.call(() -> newsroom.save(blankHeadline)));
        causedBy(ConstraintViolationException.class, () -> editor.call(() -> newsroom.save(badSlug)));

        assertEquals(before, editor.call(() -> newsroom.countArticles()));
    }

    @Test
    void readers_and_anonymous_callers_cannot_write_or_publish() throws Exception {
        long id = editor.call(() -> newsroom.save(draft("Museum reopens after repairs")));

        causedBy(EJBAccessException.class, () -> reader.run(() -> newsroom.publish(id)));
        causedBy(EJBAccessException.class, () -> newsroom.publish(id));
        causedBy(EJBAccessException.class, () -> reader.call(() -> newsroom.save(draft("Sneaky article"))));

        assertEquals(ArticleStatus.DRAFT, editor.call(() -> newsroom.open(id)).status());
    }

    @Test
    void the_editors_list_pages_and_sorts_in_the_database() throws Exception {
        editor.call(() -> newsroom.save(draft("Aardvark sightings rise " + unique())));
        var page = editor.call(() -> newsroom.articles(0, 2,
                java.util.List.of(new org.broadsheet.content.ArticleOrder("headline", true))));

        assertEquals(2, page.size());
        assertTrue(page.get(0).headline().compareTo(page.get(1).headline()) <= 0);
    }

    private ArticleDraft draft(String headline) {
        var unique = headline + " " + unique();
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        return new ArticleDraft(null, 0, unique, "What happened, in one sentence.", Slug.from(unique).value(),
                "A first paragraph with *emphasis*.\n\n> A quote.\n>\n> — Ann Example, harbour master",
                Set.of(), editorId, ArticleStatus.DRAFT);
    }

    private static ArticleDraft withHeadline(ArticleDraft draft, String headline) {
        return new ArticleDraft(draft.id(), draft.version(), headline, draft.standfirst(), draft.slug(), draft.body(),
                draft.topicSlugs(), draft.authorId(), draft.status());
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
