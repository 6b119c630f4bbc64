package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.broadsheet.commenting.QueuedComment;
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The house rules on the real server: stored and in force at once, and each comment posted meets them — shown at
 * once, held saying why, rejected for a banned word, or set aside as spam.
 */
class HouseRulesIT extends InContainerTest {

    @Inject
    CommentSettings settings;

    @Inject
    Comments comments;

    @Inject
    ModerationQueue moderation;

    @Inject
    Newsroom newsroom;

    @Inject
    Accounts accounts;

    private HouseRules before;

    @BeforeEach
    void remember() throws Exception {
        before = editor.call(settings::houseRules);
    }

    @AfterEach
    void restore() throws Exception {
        admin.run(() -> settings.change(before));
    }

    @Test
    void with_no_pre_moderation_a_clean_comment_shows_at_once_and_the_rules_decide_the_rest() throws Exception {
        editor.run(() -> settings.change(new HouseRules(ModerationPolicy.NONE, 1, List.of("casino"), List.of("idiot"))));
        assertEquals(ModerationPolicy.NONE, admin.call(settings::houseRules).policy(), "stored and in force at once");
        long article = publishedArticle();

        var clean = comments.post(article, new GuestComment("Ines", "ines@example.org", "Well argued."), from());
        assertEquals(CommentStatus.APPROVED, clean.status());
        assertEquals(List.of(clean.id()), comments.approvedOn(article, 0, 10).stream().map(c -> c.id()).toList());

        var banned = comments.post(article, new GuestComment("Tom", "tom@example.org", "Best CASINO in town"), from());
        assertEquals(CommentStatus.REJECTED, banned.status());
        var links = comments.post(article, new GuestComment("Lou", "lou@example.org",
                "Read https://a.example and https://b.example"), from());
        var rude = comments.post(article, new GuestComment("Ray", "ray@example.org", "What an idiot."), from());
        var bot = comments.post(article, new GuestComment("Bot", "bot@example.org", "Nice post", "https://spam.example"),
                from());
        assertEquals(CommentStatus.SPAM, bot.status());

        var waiting = pendingOn(article);
        assertEquals(List.of(links.id(), rude.id()), waiting.stream().map(QueuedComment::id).toList(),
                "only the held ones wait: not the banned one, not the bot's");
        assertEquals(List.of("Has 2 links (more than 1)"), waiting.get(0).heldBecause());
        assertEquals(List.of("Uses a word to check: idiot"), waiting.get(1).heldBecause());
        assertEquals(1, comments.countApproved(article), "nothing but the clean one is shown");
    }

    @Test
    void every_comment_waits_when_the_site_says_so_and_a_guest_always_waits_for_a_first_comment() throws Exception {
        long article = publishedArticle();
        admin.run(() -> settings.change(new HouseRules(ModerationPolicy.ALL, 2, List.of(), List.of())));
        var held = comments.post(article, new GuestComment("Ines", "ines@example.org", "Hello"), from());
        assertEquals(CommentStatus.PENDING, held.status());
        assertEquals(List.of("Every comment waits for an editor"), pendingOn(article).getFirst().heldBecause());

        admin.run(() -> settings.change(new HouseRules(ModerationPolicy.FIRST_TIME, 2, List.of(), List.of())));
        editor.run(() -> moderation.approve(held.id()));
        var again = comments.post(article, new GuestComment("Ines", "ines@example.org", "Hello again"), from());
        assertEquals(CommentStatus.PENDING, again.status(), "a guest's name and address prove nothing");
    }

    @Test
    void only_editors_and_admins_set_the_rules_and_nonsense_is_refused_with_its_reason() throws Exception {
        causedBy(jakarta.ejb.EJBAccessException.class, () -> reader.run(() -> settings.change(HouseRules.DEFAULT)));
        causedBy(jakarta.ejb.EJBAccessException.class, settings::houseRules);
        var refused = causedBy(ConstraintViolationException.class, () -> editor.run(() -> settings.change(
                new HouseRules(ModerationPolicy.NONE, -1, List.of(), List.of()))));
        assertTrue(refused.getMessage().contains("The number of links cannot be negative"), refused.getMessage());
        assertEquals(before, editor.call(settings::houseRules), "nothing changed");
    }

    private List<QueuedComment> pendingOn(long article) throws Exception {
        return editor.call(() -> moderation.inTab(QueueTab.PENDING, 0, 500)).stream().filter(c -> c.articleId() == article).toList();
    }

    private static String from() {
        return "it-" + UUID.randomUUID();
    }

    private long publishedArticle() throws Exception {
        return Drafts.published(editor, newsroom, accounts, "House rules");
    }
}
