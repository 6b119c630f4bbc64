package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.broadsheet.commenting.ModerationPolicy;
import org.broadsheet.commenting.internal.ModerationDigest;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.people.MailTopic;
import org.broadsheet.people.Outbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The moderation digest on the real server: once a day to the moderators who chose it (a cluster's instances agree
 * on who sends it), with a link that stops it.
 */
class ModerationDigestIT extends InContainerTest {

    private static final Pattern STOP = Pattern.compile("mail/stop\\?token=([A-Za-z0-9_-]+)");

    @Inject
    ModerationDigest digest;

    @Inject
    Comments comments;

    @Inject
    CommentSettings settings;

    @Inject
    Newsroom newsroom;

    @Inject
    Accounts accounts;

    @Inject
    Outbox outbox;

    @Inject
    CommentSeeds seeds;

    @AfterEach
    void noDigest() throws Exception {
        seeds.chooseDigest("editor", false);
    }

    @Test
    void moderators_who_chose_it_get_one_digest_a_day_and_can_stop_it() throws Exception {
        long article = Drafts.published(editor, newsroom, accounts, "Digest");
        editor.run(() -> settings.change(article, new ArticleDiscussion(null, ModerationPolicy.ALL)));
        comments.post(article, new GuestComment("Dee", "dee@example.org", "Waiting " + UUID.randomUUID()),
                "it-" + UUID.randomUUID());
        seeds.chooseDigest("editor", true);
        // A day of its own, far from the timer's: whatever ran today does not decide this.
        var day = Instant.parse("2031-01-0" + (1 + (int) (Math.random() * 8)) + "T07:00:00Z").plusSeconds(
                (long) (Math.random() * 3_600));
        assertTrue(digest.sendIfDue(day));
        assertFalse(digest.sendIfDue(day.plusSeconds(60)), "one a day");

        var mail = admin.call(() -> outbox.newest(0, 5)).stream()
                .filter(each -> each.subject().endsWith("comments wait for moderation")).findFirst().orElseThrow();
        assertEquals(accounts.byUsername("editor").orElseThrow().email(), mail.recipient());
        assertTrue(mail.body().contains("admin/comments"), mail.body());
        var stop = STOP.matcher(mail.body());
        assertTrue(stop.find(), mail.body());
        assertEquals(MailTopic.MODERATION_DIGEST, accounts.stopMail(stop.group(1)));
        assertEquals(MailTopic.MODERATION_DIGEST, accounts.stopMail(stop.group(1)), "twice changes nothing");
        causedBy(LinkRefusedException.class, () -> accounts.stopMail("not-a-link"));
    }
}
