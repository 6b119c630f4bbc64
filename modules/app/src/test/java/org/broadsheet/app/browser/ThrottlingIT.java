package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a person sees when the limits on anonymous work are reached: a sign-in locked after failures, a reader
 * who posts too much or the same comment twice. A server of its own with small limits, because every browser
 * test comes from 127.0.0.1 and these limits count per address.
 */
class ThrottlingIT {

    @RegisterExtension
    static final OwnServer own = new OwnServer("-Dbroadsheet.sign-in.account-failures=3",
                "-Dbroadsheet.sign-in.slow-after=1000",
                "-Dbroadsheet.comments.per-address=2");

    private BrowserContext context;

    @BeforeEach
    void freshVisitor() {
        context = own.browser().newContext();
        context.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closeVisitor() {
        context.close();
    }

    @Test
    void after_repeated_failures_sign_in_says_how_long_to_wait_and_refuses_even_the_right_password() {
        var visitor = context.newPage();
        visitor.navigate(own.server().url("login"));
        for (int i = 0; i < 2; i++) {
            signIn(visitor, "editor", "not the password " + i);
            assertThat(visitor.getByText("Incorrect username or password")).isVisible();
        }
        signIn(visitor, "editor", "not the password either");
        assertThat(visitor.getByText("Too many failed sign-ins")).isVisible();
        assertThat(visitor.getByText("Try again in 15 minutes")).isVisible();

        signIn(visitor, "editor", BroadsheetServer.PASSWORDS.get("editor"));
        assertThat(visitor.getByText("Too many failed sign-ins")).isVisible();
        visitor.navigate(own.server().url("admin"));
        assertThat(visitor).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void a_repeated_comment_and_one_too_many_are_refused_with_a_clear_message() {
        var reader = context.newPage();
        reader.navigate(own.server().url(""));
        reader.locator(".teaser h2 a").first().click();
        var said = "Worth reading twice " + UUID.randomUUID();

        postComment(reader, "Ines", said);
        assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");

        postComment(reader, "Ines", said);
        assertThat(reader.getByRole(AriaRole.STATUS)).hasText("You have already posted this comment.");

        reader.getByLabel("Comment").fill("And a second thought " + UUID.randomUUID());
        post(reader);
        assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");

        postComment(reader, "Ines", "A third thought " + UUID.randomUUID());
        assertThat(reader.getByRole(AriaRole.STATUS)).containsText("You have posted several comments in a short time");
    }

    private static void signIn(Page page, String username, String password) {
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }

    private static void postComment(Page reader, String name, String text) {
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        reader.getByLabel("Name").fill(name);
        reader.getByLabel("Email").fill("ines@example.org");
        reader.getByLabel("Comment").fill(text);
        post(reader);
    }

    private static void post(Page reader) {
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
    }
}
