package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A reader's control over their account (their name, password, devices, data, and leaving), and an admin's over
 * a reader who misbehaves (suspend, ban, hide every comment), as each of them does it in a browser.
 */
class YourAccountIT extends OnSharedServer {

    private static final String ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String PASSWORD = "orchard lantern paper tide";

    @Test
    void a_reader_renames_changes_password_signs_out_elsewhere_downloads_their_data_and_leaves() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var email = "leaving." + tag + "@example.com";
        var words = "Words I will take with me " + tag + ".";
        asNewVisitor(new Browser.NewContextOptions(), laptop -> asNewVisitor(new Browser.NewContextOptions(), phone -> {
            laptop.setDefaultTimeout(20_000);
            phone.setDefaultTimeout(20_000);
            var page = laptop.newPage();
            Readers.registered(page, server, mailbox(), "Lea Ving", email, PASSWORD);
            var elsewhere = signedInAs(phone, email, PASSWORD);
            signedInAs(laptop, email, PASSWORD).close();

            page.navigate(server.url("account"));
            page.getByLabel("Your name").fill("Lea Renamed " + tag);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save name")).click();
            assertThat(page.getByText("Your name is changed.")).isVisible();

            page.getByLabel("Current password").fill("not my password at all");
            page.getByLabel("New password").fill("a fresh new passphrase");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(page.getByText("That is not your current password.").first()).isVisible();
            page.getByLabel("Current password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(page.getByText("Your password is changed.")).isVisible();

            elsewhere.navigate(server.url("account"));
            assertThat(elsewhere).hasURL(Pattern.compile(".*/login.*"));
            page.navigate(server.url("account"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account").setExact(true))).isVisible();

            // Nothing mailed unless asked; a reader is not offered the moderators' digest.
            assertThat(page.getByLabel("Mail me when someone replies to my comments")).not().isChecked();
            assertThat(page.getByLabel("Mail me a daily list of comments waiting for moderation")).isHidden();
            page.getByLabel("Mail me when someone replies to my comments").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save mail choices")).click();
            assertThat(page.getByText("Your mail choices are saved.")).isVisible();

            page.navigate(server.url(ARTICLE));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            page.getByLabel("Comment").fill(words);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("awaits moderation");

            page.navigate(server.url("account"));
            // Fetched with the browser's cookies: what the link gives the signed-in reader.
            var link = page.getByText("Download your data (JSON)").getAttribute("href");
            assertEquals(403, fetch(link).statusCode(), "nobody else's");
            var response = laptop.request().get(server.url(link));
            assertEquals(200, response.status());
            assertTrue(response.headers().get("content-type").startsWith("application/json"), response.headers().toString());
            var data = response.text();
            assertTrue(data.contains("\"name\": \"Lea Renamed " + tag + "\""), data);
            assertTrue(data.contains(email), data);
            assertTrue(data.contains(words), data);
            assertTrue(data.contains("password changed"), "the record: " + data);
            assertTrue(data.contains("\"mailReplies\": true"), data);
            assertTrue(!data.contains("passwordHash") && !data.contains("PBKDF2"), "never a hash");

            // A new address counts once the link sent to it is followed; until then the old one signs in.
            var newEmail = "lea.moved." + tag + "@example.com";
            page.getByLabel("New email address").fill(newEmail);
            page.getByLabel("Your password", new Page.GetByLabelOptions().setExact(true)).fill("a fresh new passphrase");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change address")).click();
            assertThat(page.getByText("We sent a link to " + newEmail)).isVisible();
            Readers.confirm(page, mailbox().awaitMailTo(newEmail, Readers.MAIL_PATIENCE));
            var moved = laptop.browser().newContext();
            Readers.signIn(moved.newPage(), server, email, "a fresh new passphrase");
            assertThat(moved.pages().getFirst().getByText("Incorrect username or password")).isVisible();
            Readers.signIn(moved.pages().getFirst(), server, newEmail, "a fresh new passphrase");
            moved.pages().getFirst().waitForURL(url -> !url.contains("/login"));
            moved.close();

            page.navigate(server.url("account"));
            page.getByLabel("Your password, to confirm").fill("not my password at all");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
            assertThat(page.getByText("That is not your current password.").first()).isVisible();
            page.getByLabel("Your password, to confirm").fill("a fresh new passphrase");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
            page.waitForURL(server.url(""));
            assertThat(page.locator("header.site-header").getByText("Sign in")).isVisible();

            Readers.signIn(page, server, newEmail, "a fresh new passphrase");
            assertThat(page.getByText("Incorrect username or password")).isVisible();
        }));

        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var editor = signedIn(context, "editor");
            editor.navigate(server.url("admin/comments"));
            // The comment stays, from a deleted account: neither the name nor the address is anywhere any more.
            assertThat(editor.getByText(words)).isVisible();
            assertThat(editor.getByText("Deleted account").first()).isVisible();
            assertThat(editor.getByText(email)).hasCount(0);
            assertThat(editor.getByText("Lea Renamed " + tag)).hasCount(0);
        });
    }

    @Test
    void an_admin_suspends_then_bans_a_reader_who_is_signed_out_at_once_and_hides_every_comment_of_theirs() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var email = "rude." + tag + "@example.com";
        var words = "Something rude " + tag + ".";
        asNewVisitor(new Browser.NewContextOptions(), readerContext -> asNewVisitor(new Browser.NewContextOptions(),
                adminContext -> {
                    readerContext.setDefaultTimeout(20_000);
                    adminContext.setDefaultTimeout(20_000);
                    var reader = readerContext.newPage();
                    Readers.registered(reader, server, mailbox(), "Rude Reader " + tag, email, PASSWORD);
                    reader = signedInAs(readerContext, email, PASSWORD);
                    comment(reader, words);
                    assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");

                    var admin = signedIn(adminContext, "admin");
                    admin.navigate(server.url("admin/people"));
                    admin.getByLabel("Name, username or email starts with").fill(email);
                    admin.locator("vaadin-grid-cell-content").getByText(email).click();
                    admin.getByLabel("Reason (kept on the record)").fill("Insults");
                    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restrict").setExact(true)).click();
                    assertThat(admin.getByText("Suspended: may not comment, until lifted. Reason: Insults")).isVisible();

                    comment(reader, "Something else " + tag + ".");
                    assertThat(reader.getByText("Your account may not comment for now.")).isVisible();

                    admin.getByLabel("Restriction").click();
                    admin.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Banned: may not sign in or comment")).click();
                    admin.getByLabel("Reason (kept on the record)").fill("Spam, after a warning");
                    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restrict").setExact(true)).click();
                    assertThat(admin.getByText("Banned: may not sign in or comment, until lifted.")).isVisible();

                    reader.navigate(server.url("account"));
                    assertThat(reader).hasURL(Pattern.compile(".*/login.*"));
                    Readers.signIn(reader, server, email, PASSWORD);
                    assertThat(reader.getByText("Incorrect username or password")).isVisible();

                    admin.getByLabel("Reason (kept on the record)").fill("All of it was spam");
                    admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hide all their comments")).click();
                    assertThat(admin.getByText("All their comments are hidden")).isVisible();
                    var record = admin.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Record"));
                    assertThat(record).containsText("comments withdrawn · All of it was spam");
                    assertThat(record).containsText("banned · Spam, after a warning");
                    assertThat(record).containsText("suspended · Insults");

                    admin.navigate(server.url("admin/comments"));
                    assertThat(admin.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
                    assertThat(admin.getByText(words)).hasCount(0);
                }));
    }

    private static Page signedInAs(BrowserContext context, String email, String password) {
        var page = context.newPage();
        Readers.signIn(page, server, email, password);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    private static void comment(Page reader, String words) {
        reader.navigate(server.url(ARTICLE));
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        reader.getByLabel("Comment").fill(words);
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
    }
}
