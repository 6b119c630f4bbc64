package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentOrder;
import org.broadsheet.commenting.CommentRefusedException;
import org.broadsheet.commenting.CommentReport;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.CommentThread;
import org.broadsheet.commenting.Decision;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.PublishedComment;
import org.broadsheet.commenting.QueuedComment;
import org.broadsheet.commenting.ReportReason;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Threads on the real server: read a page of threads at a time with their first replies and true counts, in each
 * order; reports reach the moderators, who keep or remove the comment, and a removed comment keeps its place; editors' picks; who may comment on one article. Comments appear at once here (no
 * pre-moderation), each from an address of its own.
 */
class ThreadsIT extends InContainerTest {

    @Inject
    Comments comments;

    @Inject
    ModerationQueue moderation;

    @Inject
    CommentSettings settings;

    @Inject
    Newsroom newsroom;

    @Inject
    Accounts accounts;

    private HouseRules before;

    @BeforeEach
    void noPreModeration() throws Exception {
        before = editor.call(settings::houseRules);
        editor.run(() -> settings.change(new HouseRules(ModerationPolicy.NONE, 2, List.of(), List.of()).hidingAfter(2)));
    }

    @AfterEach
    void restore() throws Exception {
        admin.run(() -> settings.change(before));
    }

    @Test
    void a_page_holds_whole_threads_with_their_first_replies_nested_and_counts_every_reply() throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Threads");
        long a = say(article, "Ana", "First thread");
        long b = say(article, "Ben", "Second thread");
        long c = say(article, "Cy", "Third thread");
        long firstReply = answer(a, "Dee", "A reply");
        long nested = answer(firstReply, "Eli", "A reply to the reply");
        for (int i = 0; i < 11; i++) {
            answer(a, "Fay" + i, "Reply number " + i);
        }

        var page = comments.threadsOn(article, CommentOrder.OLDEST, 0, 2, 10);
        assertEquals(List.of(a, b), page.stream().map(thread -> thread.first().id()).toList(), "two threads a page");
        var first = page.getFirst();
        assertEquals(10, first.replies().size(), "only the first replies");
        assertEquals(13, first.replyCount(), "but every reply counted");
        assertTrue(first.hasMoreReplies());
        assertEquals(List.of(firstReply, nested), first.replies().subList(0, 2).stream().map(PublishedComment::id).toList());
        var deeper = first.replies().get(1);
        assertEquals(firstReply, deeper.parentId());
        assertEquals(2, deeper.depth());
        assertEquals(0, page.get(1).replyCount());

        assertEquals(3, comments.countThreads(article));
        assertEquals(16, comments.countApproved(article), "threads and replies");
        assertEquals(List.of(c, b, a), ids(comments.threadsOn(article, CommentOrder.NEWEST, 0, 10, 0)));
        assertEquals(List.of(c), ids(comments.threadsOn(article, CommentOrder.OLDEST, 2, 10, 0)), "the next page");
        assertEquals(3, comments.repliesIn(article, a, 10, 100).size(), "the rest of the thread, when asked for");
    }

    @Test
    void reports_reach_the_moderators_who_keep_or_remove_the_comment_and_a_removed_one_keeps_its_place()
            throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Reports");
        long rude = say(article, "Rude", "Something nasty");
        var address = from();
        assertTrue(comments.report(rude, new CommentReport(ReportReason.ABUSE, "Insults a reader"), address));
        assertFalse(comments.report(rude, new CommentReport(ReportReason.ABUSE, ""), address), "once per reader");
        comments.report(rude, new CommentReport(ReportReason.SPAM, null), from());
        comments.report(rude, new CommentReport(ReportReason.SPAM, null), from());
        // Signed-in readers' reports hide a comment (ConversationsIT); a guest can change address at will.
        assertEquals(PublishedComment.Shown.SHOWN, only(article).first().shown(), "guests' reports alone hide nothing");
        var reported = reported(rude).orElseThrow();
        assertEquals(List.of("Abusive or harassing: Insults a reader", "Spam or advertising", "Spam or advertising"),
                reported.reports());
        assertFalse(reported.hidden());

        editor.run(() -> moderation.keep(rude));
        assertTrue(reported(rude).isEmpty(), "heard: off the list");
        comments.report(rude, new CommentReport(ReportReason.OFF_TOPIC, ""), address);
        assertEquals(List.of("Off topic"), reported(rude).orElseThrow().reports(), "only what is new since");

        long reply = answer(rude, "Calm", "Let's keep it civil");
        editor.run(() -> moderation.remove(rude));
        var removed = only(article);
        assertEquals(PublishedComment.Shown.REMOVED_BY_MODERATOR, removed.first().shown());
        assertEquals("", removed.first().authorName());
        assertEquals("", removed.first().body(), "its text is not handed out");
        assertEquals(List.of(reply), removed.replies().stream().map(PublishedComment::id).toList(),
                "the thread survives");
        assertEquals(1, comments.countApproved(article), "only the reply is read");
        assertTrue(reported(rude).isEmpty());
        causedBy(CommentNotFoundException.class, () -> answer(rude, "Late", "Too late"));
        causedBy(EJBAccessException.class, () -> reader.run(() -> moderation.remove(reply)));
    }

    private Optional<QueuedComment> reported(long comment) throws Exception {
        return editor.call(() -> moderation.inTab(QueueTab.REPORTED, 0, 500)).stream()
                .filter(each -> each.id() == comment).findFirst();
    }

    @Test
    void editors_pick_comments_and_readers_see_the_picks() throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Picks");
        say(article, "Plain", "Fine");
        long good = say(article, "Sharp", "A sharp point about the budget");
        editor.run(() -> moderation.pick(good, true));
        assertEquals(List.of(good), comments.picksOn(article).stream().map(PublishedComment::id).toList());
        causedBy(EJBAccessException.class, () -> reader.run(() -> moderation.pick(good, false)));
        admin.run(() -> moderation.pick(good, false));
        assertTrue(comments.picksOn(article).isEmpty());
    }

    @Test
    void an_article_can_close_its_comments_or_take_them_from_signed_in_readers_only() throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Closing");
        assertEquals(Commenters.EVERYONE, comments.whoMayComment(article));

        editor.run(() -> settings.change(article, new ArticleDiscussion(Commenters.NOBODY, null)));
        assertEquals(new ArticleDiscussion(Commenters.NOBODY, null), editor.call(() -> settings.discussionOf(article)));
        assertEquals(Commenters.NOBODY, comments.whoMayComment(article));
        var closed = causedBy(CommentRefusedException.class, () -> say(article, "Late", "Hello"));
        assertEquals(CommentRefusedException.CLOSED, closed.getMessage());

        editor.run(() -> settings.change(article, new ArticleDiscussion(Commenters.SIGNED_IN, ModerationPolicy.ALL)));
        var guest = causedBy(CommentRefusedException.class, () -> say(article, "Guest", "Hello"));
        assertTrue(guest.getMessage().contains("sign in"), guest.getMessage());

        editor.run(() -> settings.change(article, new ArticleDiscussion(null, ModerationPolicy.ALL)));
        var held = comments.post(article, new GuestComment("Guest", "guest@example.org", "Hello"), from());
        assertFalse(held.published(), "the article's own policy holds it, though the site's would not");
        causedBy(CommentNotFoundException.class,
                () -> editor.run(() -> settings.change(-1, ArticleDiscussion.AS_THE_SITE)));
    }

    @Test
    void the_queue_shows_each_comment_in_context_and_decides_many_at_once_in_batches() throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Queue");
        editor.run(() -> settings.change(article, new ArticleDiscussion(null, ModerationPolicy.ALL)));
        var vic = new ArrayList<Long>();
        for (int i = 0; i < 3; i++) {
            vic.add(comments.post(article, new GuestComment("Vic", "vic@example.org", "Point " + i), from()).id());
        }
        var waiting = queued(QueueTab.PENDING, article);
        assertEquals(vic, waiting.stream().map(QueuedComment::id).toList(), "oldest first");
        assertEquals(new QueuedComment.History(0, 3, 0, 0), waiting.getFirst().history(), "the commenter's record");
        assertEquals(vic.get(1), editor.call(() -> moderation.beside(QueueTab.PENDING, vic.get(0), true)).orElseThrow().id(),
                "the next by its place");
        assertEquals(vic.get(1), editor.call(() -> moderation.beside(QueueTab.PENDING, vic.get(2), false)).orElseThrow().id(),
                "and the one before");

        editor.run(() -> moderation.markSpam(vic.get(0)));
        assertEquals(1, editor.call(() -> moderation.decideAll(List.of(vic.get(1), -1L), Decision.APPROVE)),
                "an unknown id decides nothing");
        long answer = comments.reply(vic.get(1), new GuestComment("Wes", "wes@example.org", "Not so"), from()).id();
        var reply = queued(QueueTab.PENDING, article).stream().filter(c -> c.id() == answer).findFirst().orElseThrow();
        assertEquals("Vic", reply.inReplyTo().authorName());
        assertEquals("Point 1", reply.inReplyTo().excerpt());
        var spam = queued(QueueTab.SPAM, article).getFirst();
        assertTrue(spam.decidedBy().endsWith("editor"), "who decided: " + spam.decidedBy());
        assertTrue(spam.decidedAt() != null);
        assertEquals(new QueuedComment.History(1, 1, 0, 1), editor.call(() -> moderation.inTab(QueueTab.APPROVED, 0,
                500)).stream().filter(c -> c.id() == vic.get(1)).findFirst().orElseThrow().history());

        for (int i = 0; i < 25; i++) {
            comments.post(article, new GuestComment("Flood", "flood@example.org", "Buy " + i), from());
        }
        assertEquals(27, editor.call(() -> moderation.decideAllPending(Decision.REJECT, Instant.now().plusSeconds(1),
                article)), "every one waiting on the article, the reply and Vic's last included");
        assertTrue(queued(QueueTab.PENDING, article).isEmpty());
        assertEquals(27, queued(QueueTab.REJECTED, article).size());
        assertEquals(List.of(vic.get(2), vic.get(1), vic.get(0)), editor.call(() -> moderation.historyOf(vic.get(0), 10))
                .stream().map(QueuedComment::id).toList(), "their latest comments, newest first");
        causedBy(EJBAccessException.class, () -> reader.call(() -> moderation.decideAll(List.of(answer), Decision.APPROVE)));
    }

    private List<QueuedComment> queued(QueueTab tab, long article) throws Exception {
        return editor.call(() -> moderation.inTab(tab, 0, 500)).stream().filter(c -> c.articleId() == article).toList();
    }

    private CommentThread only(long article) {
        return comments.threadsOn(article, CommentOrder.OLDEST, 0, 10, 10).getFirst();
    }

    private static List<Long> ids(List<CommentThread> threads) {
        return threads.stream().map(thread -> thread.first().id()).toList();
    }

    private long say(long article, String name, String text) {
        var posted = comments.post(article, new GuestComment(name, name.toLowerCase() + "@example.org", text), from());
        assertTrue(posted.published(), "shown at once");
        return posted.id();
    }

    private long answer(long comment, String name, String text) {
        return comments.reply(comment, new GuestComment(name, name.toLowerCase() + "@example.org", text), from()).id();
    }

    private static String from() {
        return "it-" + UUID.randomUUID();
    }
}
