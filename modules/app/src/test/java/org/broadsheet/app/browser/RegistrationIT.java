package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a reader does to get an account and back into it, with the site's mail delivered to a real SMTP server
 * (GreenMail) and read from there: register, confirm by the mailed link, sign in, comment under their own name;
 * forget the password and choose a new one by a link that works once.
 */
class RegistrationIT extends OnSharedServer {

    // Demo content: an article readers can comment on.
    private static final String ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String PASSWORD = "lantern harbour violet engine";

    @Test
    void a_reader_registers_confirms_by_mail_signs_in_and_comments_under_their_own_name() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var email = "rita." + tag + "@example.com";
        var name = "Rita <img src=x onerror=window.pwned=1> " + tag;
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var page = context.newPage();
            Readers.register(page, server, name, email, "password1234");
            assertThat(page.getByText("That password is among the first ones attackers try").first()).isVisible();
            Readers.register(page, server, name, email, PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();

            Readers.signIn(page, server, email, PASSWORD);
            assertThat(page.getByText("Incorrect username or password")).isVisible();

            var link = Mailbox.link(mailbox().awaitMailTo(email, Readers.MAIL_PATIENCE));
            assertTrue(link.startsWith(server.url("account/confirm?token=")), link);
            page.navigate(link);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email address")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your address is confirmed")))
                    .isVisible();
            page.navigate(link);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email address")).click();
            assertThat(alert(page, "This link has expired or has already been used.")).isVisible();

            Readers.signIn(page, server, email.toUpperCase(), PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));
            page.navigate(server.url(ARTICLE));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Leave a comment as " + name)))
                    .isVisible();
            assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).isHidden();
            page.getByLabel("Comment").fill("Signed in, and glad of it " + tag + ".");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("awaits moderation");
            assertEquals(Boolean.FALSE, page.evaluate("() => window.pwned === 1"), "a name's markup never runs");

            var editor = signedIn(context.browser().newContext(), "editor");
            editor.navigate(server.url("admin/comments"));
            assertThat(editor.locator("vaadin-grid").getByText("Signed in, and glad of it " + tag + ".")).isVisible();
            assertThat(editor.getByText(name).first()).isVisible();
            assertThat(editor.getByText(email).first()).isVisible();
            editor.context().close();
        });
    }

    @Test
    void registering_an_address_that_has_an_account_looks_the_same_and_mails_its_owner() {
        var email = "owner." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var page = context.newPage();
            Readers.register(page, server, "First Owner", email, PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();
            var first = page.locator("main").innerText().replace(email, "");
            Readers.confirm(page, mailbox().awaitMailTo(email, Readers.MAIL_PATIENCE));

            var second = context.newPage();
            Readers.register(second, server, "Someone Else", email, "another long passphrase here");
            assertThat(second.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();
            assertEquals(first, second.locator("main").innerText().replace(email, ""), "the same page either way");
        });
        var mails = mailbox().awaitMailsTo(email, 2, Readers.MAIL_PATIENCE);
        assertTrue(Mailbox.text(mails.getLast()).contains("You already have an"), Mailbox.text(mails.getLast()));
    }

    @Test
    void a_forgotten_password_is_replaced_by_a_mailed_link_that_works_once() {
        var email = "forgetful." + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var page = context.newPage();
            Readers.register(page, server, "Forgetful Reader", email, PASSWORD);
            Readers.confirm(page, mailbox().awaitMailTo(email, Readers.MAIL_PATIENCE));

            page.navigate(server.url("login"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Forgot password")).click();
            page.getByLabel("Email address").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
            assertThat(page.getByText("If an account has the address " + email)).isVisible();

            var link = Mailbox.link(mailbox().awaitMailsTo(email, 2, Readers.MAIL_PATIENCE).getLast());
            assertTrue(link.startsWith(server.url("account/new-password?token=")), link);
            page.navigate(link);
            page.getByLabel("New password").fill("qwertyuiop12");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my new password")).click();
            assertThat(page.getByText("That password is among the first ones attackers try").first()).isVisible();
            page.getByLabel("New password").fill("copper kettle midnight rain");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my new password")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your new password is set")))
                    .isVisible();

            page.navigate(link);
            page.getByLabel("New password").fill("a third passphrase entirely");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set my new password")).click();
            assertThat(alert(page, "This link has expired or has already been used.")).isVisible();

            Readers.signIn(page, server, email, PASSWORD);
            assertThat(page.getByText("Incorrect username or password")).isVisible();
            Readers.signIn(page, server, email, "copper kettle midnight rain");
            page.waitForURL(url -> !url.contains("/login"));
        });
    }

    private static Locator alert(Page page, String text) {
        return page.getByRole(AriaRole.ALERT).filter(new Locator.FilterOptions().setHasText(text));
    }
}
