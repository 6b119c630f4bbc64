package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The site works under its own Content-Security-Policy: Chromium reports no violation while people read,
 * comment, sign in and edit. A policy too strict for Vaadin fails here; so does a page that starts to need
 * something the policy forbids.
 */
class ContentSecurityPolicyIT extends OnSharedServer {

    @Test
    void reading_and_commenting_break_no_rule_of_the_policy() {
        watched((page, violations) -> {
            page.navigate(server.url(""));
            page.waitForFunction("() => !document.getElementById('first-response')");
            page.locator(".teaser h2 a").first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            page.getByLabel("Name").fill("Ada Policy");
            page.getByLabel("Email").fill("ada@example.org");
            page.getByLabel("Comment").fill("Read under a strict policy.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("awaits moderation");

            page.navigate(server.url(ReadingPagesIT.ARTICLE));
            page.waitForFunction("() => !document.getElementById('first-response')");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment"))).isVisible();
        });
    }

    @Test
    void signing_in_and_editing_break_no_rule_of_the_policy() {
        watched((page, violations) -> {
            page.navigate(server.url("login"));
            page.getByLabel("Username").fill("editor");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(BroadsheetServer.PASSWORDS.get("editor"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            assertThat(page).hasURL(Pattern.compile(".*/admin$"));

            page.navigate(server.url("admin/articles"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Electric Ferries"))).click();
            assertThat(page.getByLabel("Headline", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(Pattern.compile(".*Electric Ferries.*"));
            assertThat(page.locator(".preview")).isVisible();
        });
    }

    /** Runs a visit in a fresh browser and fails if Chromium reported any violation of the policy. */
    private static void watched(Visit visit) {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var violations = new CopyOnWriteArrayList<String>();
            watch(context, violations);
            var page = context.newPage();
            page.setDefaultTimeout(20_000);
            visit.on(page, violations);
            page.waitForTimeout(300); // a violation event is dispatched after the work that caused it
            assertThat(violations).isEmpty();
        });
    }

    /** Chromium logs each violation to the console; the event adds what was blocked, in every page loaded. */
    private static void watch(BrowserContext context, List<String> violations) {
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        context.addInitScript("""
                document.addEventListener('securitypolicyviolation', event => console.error(
                    'Content Security Policy violated: ' + event.violatedDirective + ' by ' + event.blockedURI
                    + ' ' + event.sample));""");
    }

    @FunctionalInterface
    private interface Visit {
        void on(Page page, List<String> violations);
    }
}
