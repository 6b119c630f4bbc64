package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ArticleTeaser;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SectionRef;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.people.NewAccount;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Slug;
import org.junit.jupiter.api.Test;

/** Sections and author pages on the real server: who gets a page, who may write its bio, what each lists. */
class SectionsAndAuthorsIT extends InContainerTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Inject
    Newsroom newsroom;

    @Inject
    PublishedArticles published;

    @Inject
    Accounts accounts;

    @Test
    void the_newsroom_has_its_sections_in_masthead_order() {
        assertEquals(List.of("news", "analysis", "opinion", "business", "culture"),
                published.sections().stream().map(SectionRef::slug).toList());
        assertEquals("Opinion", published.section("opinion").orElseThrow().name());
        assertTrue(published.section("sport").isEmpty());
    }

    @Test
    void an_article_is_listed_in_its_section_only_and_can_move() throws Exception {
        var draft = draft("Quay rebuilt").inSection("business");
        long id = editor.call(() -> newsroom.publish(draft));

        assertEquals("business", editor.call(() -> newsroom.open(id)).sectionSlug());
        assertEquals(new SectionRef("business", "Business"), published.bySlug(draft.slug()).orElseThrow().section());
        assertTrue(slugs(ArticleFilter.ALL.inSection("business")).contains(draft.slug()));
        assertFalse(slugs(ArticleFilter.ALL.inSection("news")).contains(draft.slug()));

        var opened = editor.call(() -> newsroom.open(id));
        editor.call(() -> newsroom.save(opened.inSection("opinion")));
        assertTrue(slugs(ArticleFilter.ALL.inSection("opinion")).contains(draft.slug()));
        assertFalse(slugs(ArticleFilter.ALL.inSection("business")).contains(draft.slug()));

        var moved = editor.call(() -> newsroom.open(id));
        editor.call(() -> newsroom.save(withAuthor(moved, moved.authorId())));
        assertEquals("opinion", editor.call(() -> newsroom.open(id)).sectionSlug(),
                "a save that names no section keeps the article where it is");
    }

    @Test
    void a_draft_without_a_section_is_news_and_an_unknown_section_is_refused() throws Exception {
        var draft = draft("Ferry fares frozen");
        long id = editor.call(() -> newsroom.save(draft));
        assertEquals("news", editor.call(() -> newsroom.open(id)).sectionSlug());

        var refused = causedBy(ArticleStateException.class,
                () -> editor.call(() -> newsroom.save(draft("Nowhere").inSection("sport"))));
        assertTrue(refused.getMessage().contains("sport"), refused.getMessage());
    }

    @Test
    void staff_get_author_pages_from_their_names_and_readers_get_none() throws Exception {
        var name = "Sam Writer " + unique();
        long first = admin.call(() -> accounts.open(new NewAccount(unique(), unique() + "@example.com", name, PASSWORD, Set.of(Roles.EDITOR))));
        long second = admin.call(() -> accounts.open(new NewAccount(unique(), unique() + "@example.com", name, PASSWORD, Set.of(Roles.EDITOR))));
        long readerId = admin.call(() -> accounts.open(new NewAccount(unique(), unique() + "@example.com", name, PASSWORD, Set.of(Roles.READER))));

        var bylines = accounts.authors(List.of(first, second, readerId));
        var slug = Slug.from(name).value();
        assertEquals(slug, bylines.get(first).slug());
        assertEquals(slug + "-2", bylines.get(second).slug(), "the same name twice gets a numbered address");
        assertNull(bylines.get(readerId).slug(), "a reader's byline (a comment's, one day) links nowhere");
        assertEquals(name, accounts.author(slug).orElseThrow().author().name());
        assertTrue(accounts.author(slug + "-3").isEmpty(), "a reader has no author page, even by its address");
    }

    @Test
    void only_the_author_or_an_admin_writes_a_bio_and_it_stays_plain_text() throws Exception {
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        long adminId = accounts.byUsername("admin").orElseThrow().id();
        var before = accounts.author("elena-marsh").orElseThrow().bio();
        try {
            admin.run(() -> accounts.describe(editorId, "  Covers ports <img src=x onerror=alert(1)>\u0000 and ferries.  "));
            var bio = accounts.author("elena-marsh").orElseThrow().bio();
            assertEquals("Covers ports <img src=x onerror=alert(1)> and ferries.", bio,
                    "stored as text (escaped when shown), control characters and outer spaces gone");

            causedBy(EJBAccessException.class, () -> editor.run(() -> accounts.describe(adminId, "Not mine")));
            causedBy(EJBAccessException.class, () -> reader.run(() -> accounts.describe(editorId, "Nor mine")));
            causedBy(ConstraintViolationException.class, () -> admin.run(() -> accounts.describe(editorId,
                    "x".repeat(AuthorProfile.MAX_BIO_LENGTH + 1))));
            assertEquals(bio, accounts.author("elena-marsh").orElseThrow().bio(), "a refused bio changes nothing");
        } finally {
            admin.run(() -> accounts.describe(editorId, before));
        }
    }

    @Test
    void an_authors_articles_are_theirs_only() throws Exception {
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        long otherId = admin.call(() -> accounts.open(new NewAccount(unique(), unique() + "@example.com", "Tom Reyes " + unique(), PASSWORD,
                Set.of(Roles.EDITOR))));
        var mine = draft("Dockers vote");
        var theirs = withAuthor(draft("Tram line opens"), otherId);
        editor.call(() -> newsroom.publish(mine));
        editor.call(() -> newsroom.publish(theirs));

        var listed = slugs(ArticleFilter.ALL.by(otherId));
        assertEquals(List.of(theirs.slug()), listed);
        assertTrue(slugs(ArticleFilter.ALL.by(editorId)).contains(mine.slug()));
        var teaser = published.latest(ArticleFilter.ALL.by(otherId), 0, 1).getFirst();
        assertEquals(accounts.authors(List.of(otherId)).get(otherId), teaser.bylines().getFirst());
    }

    @Test
    void an_article_written_together_names_everyone_and_is_on_each_authors_page() throws Exception {
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        long tomId = admin.call(() -> accounts.open(new NewAccount(unique(), unique() + "@example.com", "Tom Reyes " + unique(), PASSWORD,
                Set.of(Roles.EDITOR))));
        long anaId = admin.call(() -> accounts.open(new NewAccount(unique(), unique() + "@example.com", "Ana Ruiz " + unique(), PASSWORD,
                Set.of(Roles.ADMIN))));
        long readerId = accounts.byUsername("reader").orElseThrow().id();
        // The lead author named again among the others is named once.
        var together = draft("Strike talks resume").writtenWith(List.of(anaId, editorId, tomId, anaId));
        long id = editor.call(() -> newsroom.publish(together));

        var names = accounts.authors(List.of(editorId, anaId, tomId));
        var expected = List.of(names.get(editorId), names.get(anaId), names.get(tomId));
        assertEquals(expected, published.bySlug(together.slug()).orElseThrow().bylines(), "lead first, then in order");
        assertEquals(List.of(anaId, tomId), editor.call(() -> newsroom.open(id)).coAuthorIds());
        for (long author : List.of(editorId, anaId, tomId)) {
            var teaser = published.latest(ArticleFilter.ALL.by(author), 0, 1).getFirst();
            assertEquals(together.slug(), teaser.slug(), "on the page of account " + author);
            assertEquals(expected, teaser.bylines());
        }

        var withReader = editor.call(() -> newsroom.open(id)).writtenWith(List.of(tomId, readerId));
        assertEquals("Only the newsroom's staff can share a byline.",
                causedBy(ArticleStateException.class, () -> editor.call(() -> newsroom.save(withReader))).getMessage());
        var withNobody = editor.call(() -> newsroom.open(id)).writtenWith(List.of(Long.MAX_VALUE));
        causedBy(ArticleStateException.class, () -> editor.call(() -> newsroom.save(withNobody)));

        editor.call(() -> newsroom.save(editor.call(() -> newsroom.open(id)).writtenWith(List.of(tomId))));
        assertEquals(List.of(names.get(editorId), names.get(tomId)), published.bySlug(together.slug()).orElseThrow().bylines());
        assertTrue(published.latest(ArticleFilter.ALL.by(anaId), 0, 10).stream().noneMatch(t -> t.slug().equals(together.slug())),
                "taken off the byline, off the author's page");

        var staff = editor.call(() -> accounts.staff(500));
        assertTrue(staff.contains(names.get(tomId)) && staff.contains(names.get(anaId)), staff.toString());
        assertTrue(staff.stream().noneMatch(author -> author.accountId() == readerId), "readers share no byline");
        causedBy(EJBAccessException.class, () -> reader.call(() -> accounts.staff(500)));
    }

    private List<String> slugs(ArticleFilter filter) {
        return published.latest(filter, 0, 100).stream().map(ArticleTeaser::slug).toList();
    }

    private ArticleDraft draft(String headline) {
        return Drafts.draft(accounts.byUsername("editor").orElseThrow().id(), headline, "A first paragraph.");
    }

    private static ArticleDraft withAuthor(ArticleDraft draft, long authorId) {
        return new ArticleDraft(draft.id(), draft.version(), draft.headline(), draft.standfirst(), draft.slug(),
                draft.body(), draft.topicSlugs(), authorId, draft.status());
    }

    private static String unique() {
        return Drafts.unique();
    }
}
