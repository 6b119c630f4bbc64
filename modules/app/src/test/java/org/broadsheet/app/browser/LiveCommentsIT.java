package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Without reloading: a comment posted for moderation appears in the moderator's open queue, and once approved in the
 * page of a reader who is looking at the comments (server push, opened only for those looking).
 */
class LiveCommentsIT extends OnSharedServer {

    private static final String ARTICLE = "articles/why-port-cities-are-betting-on-electric-ferries";

    @Test
    void a_comment_reaches_the_open_queue_and_then_the_readers_looking_at_the_comments() {
        var tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var words = "Live from the quay " + tag;
        asNewVisitor(new Browser.NewContextOptions(), desk -> asNewVisitor(new Browser.NewContextOptions(), home ->
                asNewVisitor(new Browser.NewContextOptions(), cafe -> {
            desk.setDefaultTimeout(20_000);
            home.setDefaultTimeout(20_000);
            cafe.setDefaultTimeout(20_000);
            var editor = signedIn(desk, "editor");
            editor.navigate(server.url("admin/comments"));
            var pendingTab = editor.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Pending"));
            assertThat(pendingTab).isVisible();
            int before = Integer.parseInt(pendingTab.textContent().replaceAll("\\D", ""));

            var watcher = home.newPage();
            watcher.navigate(server.url(ARTICLE));
            watcher.waitForFunction("() => !document.getElementById('first-response')");
            watcher.locator("#comments").scrollIntoViewIfNeeded();
            // Looking at the comments opens the push connection; give it a moment to be there.
            watcher.waitForTimeout(1_500);

            var writer = cafe.newPage();
            writer.navigate(server.url(ARTICLE));
            writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            writer.getByLabel("Name").fill("Liv " + tag);
            writer.getByLabel("Email").fill("liv@example.org");
            writer.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill(words);
            writer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            assertThat(writer.getByRole(AriaRole.STATUS)).containsText("awaits moderation");

            // The open queue counts it and lists it (last: the oldest wait first).
            assertThat(pendingTab).hasText("Pending (" + (before + 1) + ")");
            editor.evaluate("() => document.querySelector('vaadin-grid').scrollToIndex(1000000)");
            var waiting = editor.locator("vaadin-grid-cell-content").getByText(words);
            assertThat(waiting).isVisible();
            waiting.click();
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the comment by Liv " + tag))
                    .click();
            assertThat(editor.getByText("Approved: the comment by Liv " + tag)).isVisible();

            assertThat(watcher.locator("#comments").getByText(words)).isVisible();
        })));
    }
}
