package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.junit.jupiter.api.Test;

/** Comments on the real server: stored as pending, shown once approved, refused when invalid. */
class CommentingIT extends InContainerTest {

    @Inject
    Comments comments;

    @Inject
    ModerationQueue moderation;

    @Inject
    Newsroom newsroom;

    @Inject
    Accounts accounts;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Test
    void a_comment_waits_for_moderation_and_appears_once_approved() throws Exception {
        long article = publishedArticle();
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "Well argued."));

        assertTrue(comments.approvedOn(article, 0, 100).isEmpty(), "pending comments are not shown");
        assertTrue(editor.call(() -> moderation.pending(0, 500)).stream().anyMatch(c -> c.id() == id));

        editor.run(() -> moderation.approve(id));

        var shown = comments.approvedOn(article, 0, 100);
        assertEquals(1, shown.size());
        assertEquals("Ines", shown.getFirst().authorName());
        assertEquals("Well argued.", shown.getFirst().body());
        assertTrue(editor.call(() -> moderation.pending(0, 500)).stream().noneMatch(c -> c.id() == id));
    }

    @Test
    void approved_comments_come_oldest_first_and_rejected_ones_never() throws Exception {
        long article = publishedArticle();
        long first = comments.post(article, new GuestComment("First", "a@example.org", "One"));
        long rejected = comments.post(article, new GuestComment("Troll", "t@example.org", "Spam"));
        long second = comments.post(article, new GuestComment("Second", "b@example.org", "Two"));
        editor.run(() -> moderation.approve(second));
        editor.run(() -> moderation.reject(rejected));
        editor.run(() -> moderation.approve(first));

        var shown = comments.approvedOn(article, 0, 100).stream().map(c -> c.authorName()).toList();
        assertEquals(java.util.List.of("First", "Second"), shown);
        causedBy(CommentAlreadyModeratedException.class, () -> editor.run(() -> moderation.approve(rejected)));
    }

    @Test
    void two_moderators_deciding_at_once_moderate_a_comment_once() throws Exception {
        long article = publishedArticle();
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "First!"));
        AtOnce.Caller approving = meeting -> editor.run(() -> {
            // Both screens show the comment as pending before either moderator decides.
            assertTrue(moderation.pending(0, 500).stream().anyMatch(c -> c.id() == id));
            AtOnce.meet(meeting);
            moderation.approve(id);
        });
        AtOnce.Caller rejecting = meeting -> editor.run(() -> {
            assertTrue(moderation.pending(0, 500).stream().anyMatch(c -> c.id() == id));
            AtOnce.meet(meeting);
            moderation.reject(id);
        });

        var outcomes = AtOnce.run(approving, rejecting);

        var refused = AtOnce.oneWon(outcomes, CommentAlreadyModeratedException.class);
        assertTrue(refused.getMessage().contains("already moderated"), refused.getMessage());
        var approvedWon = outcomes.get(0) == null;
        assertEquals(approvedWon ? 1 : 0, comments.approvedOn(article, 0, 100).size());
        assertTrue(editor.call(() -> moderation.pending(0, 500)).stream().noneMatch(c -> c.id() == id));
    }

    @Test
    void invalid_comments_are_refused_and_nothing_is_stored() throws Exception {
        long article = publishedArticle();
        long before = editor.call(() -> moderation.countPending());

        for (var invalid : new GuestComment[] {
                new GuestComment("Ines", "ines@example.org", "   "),
                new GuestComment("Ines", "ines@example.org", "x".repeat(5_001)),
                new GuestComment("Ines", "not-an-email", "Fine text"),
                new GuestComment("", "ines@example.org", "Fine text")}) {
            causedBy(ConstraintViolationException.class, () -> comments.post(article, invalid));
        }

        assertEquals(before, editor.call(() -> moderation.countPending()));
        comments.post(article, new GuestComment("Ines", "ines@example.org", "x".repeat(5_000)));
        assertEquals(before + 1, editor.call(() -> moderation.countPending()));
    }

    @Test
    void nobody_can_comment_on_a_draft() throws Exception {
        long draft = editor.call(() -> newsroom.save(draft()));

        causedBy(CommentNotFoundException.class,
                () -> comments.post(draft, new GuestComment("Ines", "ines@example.org", "Early!")));
    }

    @Test
    void readers_and_anonymous_callers_cannot_moderate() throws Exception {
        long article = publishedArticle();
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "Hello"));

        causedBy(EJBAccessException.class, () -> reader.run(() -> moderation.approve(id)));
        causedBy(EJBAccessException.class, () -> moderation.approve(id));
        causedBy(EJBAccessException.class, () -> moderation.pending(0, 10));

        assertTrue(comments.approvedOn(article, 0, 100).isEmpty());
    }

    @Test
    void approved_comments_are_read_a_page_at_a_time_and_only_what_readers_see() throws Exception {
        long article = publishedArticle();
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "Paged."));
        editor.run(() -> moderation.approve(id));
        var cache = persistence.getCache();
        cache.evict(comment());

        var shown = comments.approvedOn(article, 0, Comments.MAX_PAGE);

        assertEquals(java.util.List.of("Paged."), shown.stream().map(c -> c.body()).toList());
        assertFalse(cache.contains(comment(), id), "whole comments, email addresses and all, were loaded to show them");
        causedBy(ConstraintViolationException.class, () -> comments.approvedOn(article, 0, Integer.MAX_VALUE));
        causedBy(ConstraintViolationException.class, () -> comments.approvedOn(article, -1, 10));
    }

    /** The comment entity, by name: what the shared cache holds tells which reads loaded whole comments. */
    private Class<?> comment() {
        return persistence.getMetamodel().getEntities().stream()
                .filter(entity -> entity.getName().equals("Comment"))
                .findFirst().orElseThrow().getJavaType();
    }

    private long publishedArticle() throws Exception {
        long id = editor.call(() -> newsroom.save(draft()));
        editor.run(() -> newsroom.publish(id));
        return id;
    }

    private ArticleDraft draft() {
        var slug = "commented-" + UUID.randomUUID().toString().substring(0, 8);
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        return new ArticleDraft(null, 0, "Article " + slug, "Standfirst", slug, "Body", Set.of(), editorId,
                ArticleStatus.DRAFT);
    }
}
