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
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.junit.jupiter.api.Test;

/**
 * Comments on the real server: stored as pending, shown once approved, refused when invalid, repeated or too
 * many from one address, and cleaned of what is not text. Each test posts from addresses of its own.
 */
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
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "Well argued."), from()).id();

        assertTrue(comments.approvedOn(article, 0, 100).isEmpty(), "pending comments are not shown");
        assertTrue(editor.call(() -> moderation.inTab(QueueTab.PENDING, 0, 500)).stream().anyMatch(c -> c.id() == id));

        editor.run(() -> moderation.approve(id));

        var shown = comments.approvedOn(article, 0, 100);
        assertEquals(1, shown.size());
        assertEquals("Ines", shown.getFirst().authorName());
        assertEquals("Well argued.", shown.getFirst().body());
        assertTrue(editor.call(() -> moderation.inTab(QueueTab.PENDING, 0, 500)).stream().noneMatch(c -> c.id() == id));
    }

    @Test
    void approved_comments_come_oldest_first_and_rejected_ones_never() throws Exception {
        long article = publishedArticle();
        long first = comments.post(article, new GuestComment("First", "a@example.org", "One"), from()).id();
        long rejected = comments.post(article, new GuestComment("Troll", "t@example.org", "Spam"), from()).id();
        long second = comments.post(article, new GuestComment("Second", "b@example.org", "Two"), from()).id();
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
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "First!"), from()).id();
        AtOnce.Caller approving = meeting -> editor.run(() -> {
            // Both screens show the comment as pending before either moderator decides.
            assertTrue(moderation.inTab(QueueTab.PENDING, 0, 500).stream().anyMatch(c -> c.id() == id));
            AtOnce.meet(meeting);
            moderation.approve(id);
        });
        AtOnce.Caller rejecting = meeting -> editor.run(() -> {
            assertTrue(moderation.inTab(QueueTab.PENDING, 0, 500).stream().anyMatch(c -> c.id() == id));
            AtOnce.meet(meeting);
            moderation.reject(id);
        });

        var outcomes = AtOnce.run(approving, rejecting);

        var refused = AtOnce.oneWon(outcomes, CommentAlreadyModeratedException.class);
        assertTrue(refused.getMessage().contains("already moderated"), refused.getMessage());
        var approvedWon = outcomes.get(0) == null;
        assertEquals(approvedWon ? 1 : 0, comments.approvedOn(article, 0, 100).size());
        assertTrue(editor.call(() -> moderation.inTab(QueueTab.PENDING, 0, 500)).stream().noneMatch(c -> c.id() == id));
    }

    @Test
    void invalid_comments_are_refused_and_nothing_is_stored() throws Exception {
        long article = publishedArticle();
        long before = editor.call(() -> moderation.count(QueueTab.PENDING));

        for (var invalid : new GuestComment[] {
                new GuestComment("Ines", "ines@example.org", "   "),
                new GuestComment("Ines", "ines@example.org", "x".repeat(5_001)),
                new GuestComment("Ines", "not-an-email", "Fine text"),
                new GuestComment("", "ines@example.org", "Fine text")}) {
            causedBy(ConstraintViolationException.class, () -> comments.post(article, invalid, from()));
        }

        assertEquals(before, editor.call(() -> moderation.count(QueueTab.PENDING)));
        comments.post(article, new GuestComment("Ines", "ines@example.org", "x".repeat(5_000)), from());
        assertEquals(before + 1, editor.call(() -> moderation.count(QueueTab.PENDING)));
    }

    @Test
    void nobody_can_comment_on_a_draft() throws Exception {
        long draft = editor.call(() -> newsroom.save(draft()));

        causedBy(CommentNotFoundException.class,
                () -> comments.post(draft, new GuestComment("Ines", "ines@example.org", "Early!"), from()));
    }

    @Test
    void readers_and_anonymous_callers_cannot_moderate() throws Exception {
        long article = publishedArticle();
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "Hello"), from()).id();

        causedBy(EJBAccessException.class, () -> reader.run(() -> moderation.approve(id)));
        causedBy(EJBAccessException.class, () -> moderation.approve(id));
        causedBy(EJBAccessException.class, () -> moderation.inTab(QueueTab.PENDING, 0, 10));

        assertTrue(comments.approvedOn(article, 0, 100).isEmpty());
    }

    @Test
    void approved_comments_are_read_a_page_at_a_time_and_only_what_readers_see() throws Exception {
        long article = publishedArticle();
        long id = comments.post(article, new GuestComment("Ines", "ines@example.org", "Paged."), from()).id();
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

    @Test
    void an_address_that_posts_many_comments_at_once_is_asked_to_wait_and_others_are_not() throws Exception {
        long article = publishedArticle();
        var busy = from();
        for (int i = 0; i < 20; i++) {
            comments.post(article, new GuestComment("Ines", "ines@example.org", "Point number " + i), busy);
        }
        long before = editor.call(() -> moderation.count(QueueTab.PENDING));

        var refused = causedBy(CommentRefusedException.class,
                () -> comments.post(article, new GuestComment("Ines", "ines@example.org", "One more point"), busy));

        assertTrue(refused.getMessage().startsWith("You have posted several comments in a short time. Please wait"),
                refused.getMessage());
        assertEquals(before, editor.call(() -> moderation.count(QueueTab.PENDING)), "nothing stored");
        comments.post(article, new GuestComment("Ines", "ines@example.org", "One more point"), from());
    }

    @Test
    void the_same_comment_again_is_refused_from_the_same_address_or_under_the_same_name() throws Exception {
        long article = publishedArticle();
        var address = from();
        comments.post(article, new GuestComment("Ines", "ines@example.org", "Well argued."), address);

        var again = causedBy(CommentRefusedException.class, () -> comments.post(article,
                new GuestComment("Someone Else", "else@example.org", "Well  argued."), address));
        assertEquals("You have already posted this comment.", again.getMessage());
        causedBy(CommentRefusedException.class, () -> comments.post(article,
                new GuestComment("Ines", "ines@example.org", "well argued."), from()));

        comments.post(article, new GuestComment("Ines", "ines@example.org", "Well argued, but long."), address);
        comments.post(publishedArticle(), new GuestComment("Ines", "ines@example.org", "Well argued."), address);
    }

    @Test
    void control_characters_and_terminal_escapes_are_not_stored_and_an_invisible_name_is_refused() throws Exception {
        long article = publishedArticle();
        long id = comments.post(article, new GuestComment("Ine\u0301s\u0000\u001B[31m", "ines@example.org",
                "\u001B]0;owned\u0007Well\u0085 put.\r\n\u001B[2JYes\u0007"), from()).id();
        editor.run(() -> moderation.approve(id));

        var shown = comments.approvedOn(article, 0, 100).getFirst();
        assertEquals("In\u00E9s", shown.authorName());
        assertEquals("Well put.\nYes", shown.body());

        for (var invisible : new String[] {"\u200B\u200B\u200B", "\u3164", "\u0000\u001B[0m"}) {
            causedBy(ConstraintViolationException.class, () -> comments.post(article,
                    new GuestComment(invisible, "ines@example.org", "Who said this?"), from()));
        }
    }

    /** An address of its own for each caller, so the per-address limit of one test never meets another's. */
    private static String from() {
        return "it-" + UUID.randomUUID();
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
