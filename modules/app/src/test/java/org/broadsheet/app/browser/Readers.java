package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.Message;
import java.time.Duration;
import org.broadsheet.app.testenv.Site;

/** What a reader does to get an account, for tests that need one made the way readers make them. */
final class Readers {

    static final Duration MAIL_PATIENCE = Duration.ofSeconds(30);

    private Readers() {
    }

    /** Fills in and sends the registration form. */
    static void register(Page page, Site site, String name, String email, String password) {
        page.navigate(site.url("register"));
        page.getByLabel("Your name").fill(name);
        page.getByLabel("Email address").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create account")).click();
    }

    /** Follows a confirmation mail's link and presses the button the page shows. */
    static void confirm(Page page, Message mail) {
        page.navigate(Mailbox.link(mail));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email address")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your address is confirmed")))
                .isVisible();
    }

    /** Registers and confirms: an account that can sign in. */
    static void registered(Page page, Site site, Mailbox mailbox, String name, String email, String password) {
        register(page, site, name, email, password);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check your inbox"))).isVisible();
        confirm(page, mailbox.awaitMailTo(email, MAIL_PATIENCE));
    }

    /** Fills in and sends the sign-in form (the outcome is the caller's to check). */
    static void signIn(Page page, Site site, String email, String password) {
        page.navigate(site.url("login"));
        page.getByLabel("Email or username").fill(email);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
