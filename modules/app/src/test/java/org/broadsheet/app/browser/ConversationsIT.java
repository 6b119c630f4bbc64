package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What readers do in a thread, in a real browser: reply (a guest, in a dialog; the writer is mailed, and stops the
 * mail in one click), like once (signed in), order by likes, correct and delete their own comment (its replies
 * stay), report one (a signed-in reader's report hides it); the moderators find the reports and keep the hidden
 * one. Hostile text stays text.
 */
class ConversationsIT extends OnSharedServer {

    private static final String ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String AT_ONCE = "Comments appear at once unless a house rule holds them";
    private static final String FIRST_TIME = "Comments wait until their writer has had one approved (signed-in readers only)";

    @Test
    void readers_reply_like_sort_correct_delete_and_report_and_moderators_see_the_report() {
        var tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        asNewVisitor(new Browser.NewContextOptions(), desk -> asNewVisitor(new Browser.NewContextOptions(), home ->
                asNewVisitor(new Browser.NewContextOptions(), cafe -> {
            desk.setDefaultTimeout(20_000);
            home.setDefaultTimeout(20_000);
            cafe.setDefaultTimeout(20_000);
            var editor = signedIn(desk, "editor");
            houseRules(editor, AT_ONCE, 1);
            try {
                var reader = signedIn(home, "reader");
                // The reader asks to be told of replies.
                reader.navigate(server.url("account"));
                reader.getByLabel("Mail me when someone replies to my comments").check();
                reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mail choices")).click();
                assertThat(reader.getByText("Saved").first()).isVisible();
                reader.navigate(server.url(ARTICLE));
                post(reader, "Thread one " + tag);
                post(reader, "Thread two " + tag);
                var one = comment(reader, "Thread one " + tag);
                var two = comment(reader, "Thread two " + tag);

                // A guest replies in a dialog; what they type stays text, whatever it looks like.
                var guest = cafe.newPage();
                guest.navigate(server.url(ARTICLE));
                comment(guest, "Thread one " + tag).getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Reply to")).click();
                var dialog = guest.getByRole(AriaRole.DIALOG);
                assertThat(dialog).containsText("Thread one " + tag);
                dialog.getByLabel("Name").fill("Gus " + tag);
                dialog.getByLabel("Email").fill("gus@example.org");
                dialog.getByLabel("Comment").fill("Agreed <img src=x onerror=window.pwned=1> " + tag);
                dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Post comment")).click();
                assertThat(guest.getByText("Your comment is published")).isVisible();
                var reply = comment(guest, "Thread one " + tag).locator(".replies article.comment");
                assertThat(reply).containsText("Agreed <img src=x onerror=window.pwned=1>");
                assertEquals(0, guest.locator(".comment-body img").count());
                assertEquals(true, guest.evaluate("() => window.pwned === undefined"));

                // The reader is told by mail, which a mail program stops in one click (RFC 8058).
                var told = mailbox().awaitMailTo("reader@broadsheet.example", Readers.MAIL_PATIENCE);
                assertEquals("Gus " + tag + " replied to your comment", Mailbox.subject(told));
                assertTrue(Mailbox.text(told).contains(tag), Mailbox.text(told));
                assertEquals("List-Unsubscribe=One-Click", Mailbox.header(told, "List-Unsubscribe-Post"));
                var oneClick = Mailbox.header(told, "List-Unsubscribe").replaceAll("[<>]", "");
                var stopped = oneClick(oneClick);
                assertEquals(200, stopped.statusCode(), stopped.body());
                var account = home.newPage();
                account.navigate(server.url("account"));
                assertThat(account.getByLabel("Mail me when someone replies to my comments")).not().isChecked();
                account.close();

                // Liking needs an account, and counts once.
                comment(guest, "Thread two " + tag).getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Like (0)")).click();
                assertThat(guest.getByText("Sign in to like comments.")).isVisible();
                var like = two.locator(":scope > .comment-tools [data-action=like]");
                like.click();
                assertThat(like).hasText("Like (1)");
                assertThat(like).hasAttribute("aria-pressed", "true");
                like.click();
                assertThat(reader.getByText("You like this comment already.")).isVisible();
                assertThat(like).hasText("Like (1)");
                reader.navigate(server.url(ARTICLE));
                two = comment(reader, "Thread two " + tag);
                assertThat(two.locator(":scope > .comment-tools [data-action=like]")).hasText("Like (1)");

                // Most liked first: nothing else on the article has a like.
                reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Most liked")).click();
                assertThat(reader.locator(".comment-list > .thread").first()).containsText("Thread two " + tag);
                reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Oldest")).click();

                // Its writer corrects a comment (marked as edited), then deletes it: the reply keeps its place.
                one = comment(reader, "Thread one " + tag);
                one.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Edit")).click();
                reader.getByRole(AriaRole.DIALOG).getByLabel("Your comment").fill("Thread one, corrected " + tag);
                reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
                one = comment(reader, "Thread one, corrected " + tag);
                assertThat(one.locator(":scope > .comment-meta .comment-edited")).hasText("(edited)");
                one.locator(":scope > .comment-tools [data-action=delete]").click();
                reader.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Delete")).click();
                assertThat(reader.getByText("Thread one, corrected " + tag)).hasCount(0);
                var gusThread = reader.locator(".thread").filter(new Locator.FilterOptions().setHasText("Gus " + tag));
                assertThat(gusThread.locator("> article.comment > .comment-removed"))
                        .hasText("Comment removed by its writer.");

                // A signed-in reader's report hides a comment (one is enough here) until a moderator keeps it.
                reader.navigate(server.url(ARTICLE));
                comment(reader, "Agreed").locator(":scope > .comment-tools [data-action=report]").click();
                reader.getByRole(AriaRole.DIALOG).getByLabel("Off topic").check();
                reader.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Report").setExact(true)).click();
                assertThat(reader.getByText("A moderator will look at the comment")).isVisible();
                guest.navigate(server.url(ARTICLE));
                assertThat(guest.getByText("Comment hidden while a moderator looks at readers' reports.")).isVisible();
                assertThat(guest.getByText("Agreed <img")).hasCount(0);

                // A guest reports a comment; the moderators find it with the reason.
                guest.navigate(server.url(ARTICLE));
                comment(guest, "Thread two " + tag).getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Report what")).click();
                guest.getByRole(AriaRole.DIALOG).getByLabel("Abusive or harassing").check();
                guest.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON,
                        new Locator.GetByRoleOptions().setName("Report").setExact(true)).click();
                assertThat(guest.getByText("A moderator will look at the comment")).isVisible();
                editor.navigate(server.url("admin/comments"));
                editor.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Reported")).click();
                assertThat(editor.locator("vaadin-grid-cell-content").getByText("Thread two " + tag)).isVisible();
                assertThat(editor.locator("vaadin-grid-cell-content").getByText("Reported: Abusive or harassing").first())
                        .isVisible();
                editor.locator("vaadin-grid-cell-content").getByText("Agreed <img").first().click();
                editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Keep the comment by Gus " + tag))
                        .click();
                assertThat(editor.getByText("Kept: the comment by Gus " + tag)).isVisible();
                guest.navigate(server.url(ARTICLE));
                assertThat(comment(guest, "Agreed")).isVisible();
            } finally {
                houseRules(editor, FIRST_TIME, 3);
            }
        })));
    }

    /** What a mail program does when its reader clicks "unsubscribe" (RFC 8058). */
    private static HttpResponse<String> oneClick(String address) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception unreachable) {
            throw new AssertionError(unreachable);
        }
    }

    /** The comment with these words, wherever it is in its thread. */
    private static Locator comment(Page page, String words) {
        return page.locator("article.comment").filter(new Locator.FilterOptions().setHas(
                page.locator(":scope > .comment-body").filter(new Locator.FilterOptions().setHasText(words)))).first();
    }

    private static void houseRules(Page editor, String policy, int hideAfterReports) {
        editor.navigate(server.url("admin/house-rules"));
        editor.getByLabel(policy).check();
        editor.getByLabel("Readers' reports that hide a comment").fill(String.valueOf(hideAfterReports));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save house rules")).click();
        assertThat(editor.getByText("Saved: new comments meet these rules").last()).isVisible();
    }

    private static void post(Page reader, String words) {
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        reader.getByLabel("Comment").fill(words);
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(reader.getByRole(AriaRole.STATUS)).containsText("Your comment is published");
        assertThat(reader.getByText(words)).isVisible();
    }
}
