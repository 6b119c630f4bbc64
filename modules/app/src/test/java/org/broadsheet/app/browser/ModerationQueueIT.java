package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A moderator goes through the queue with the keyboard alone: A approves, S marks spam, the next comes up. */
class ModerationQueueIT extends OnSharedServer {

    private static final String ARTICLE = "articles/why-port-cities-are-betting-on-electric-ferries";

    @Test
    void a_moderator_decides_the_waiting_comments_from_the_keyboard() {
        var tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        asNewVisitor(new Browser.NewContextOptions(), desk -> asNewVisitor(new Browser.NewContextOptions(), cafe -> {
            desk.setDefaultTimeout(20_000);
            cafe.setDefaultTimeout(20_000);
            // A guest's comments wait for an editor under the default house rules.
            var guest = cafe.newPage();
            guest.navigate(server.url(ARTICLE));
            post(guest, "Kim " + tag, "Worth reading " + tag);
            post(guest, "Kim " + tag, "Cheap ferries at spam dot example " + tag);

            var editor = signedIn(desk, "editor");
            editor.navigate(server.url("admin/comments"));
            editor.locator("vaadin-grid-cell-content").getByText("Worth reading " + tag).click();
            var panel = editor.locator(".current-comment");
            assertThat(panel).containsText("Worth reading " + tag);
            assertThat(panel).containsText("Their comments: 0 approved, 2 waiting");
            editor.keyboard().press("a");
            assertThat(editor.getByText("Approved: the comment by Kim " + tag)).isVisible();
            assertThat(panel).containsText("Cheap ferries", new com.microsoft.playwright.assertions.LocatorAssertions
                    .ContainsTextOptions().setTimeout(20_000));
            editor.keyboard().press("s");
            assertThat(editor.getByText("Marked as spam: the comment by Kim " + tag)).isVisible();

            editor.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Spam")).click();
            assertThat(editor.locator("vaadin-grid-cell-content").getByText("Cheap ferries at spam dot example " + tag).first())
                    .isVisible();
            guest.navigate(server.url(ARTICLE));
            assertThat(guest.getByText("Worth reading " + tag)).isVisible();
            assertThat(guest.getByText("Cheap ferries at spam dot example " + tag)).hasCount(0);
        }));
    }

    private static void post(Page reader, String name, String words) {
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        reader.getByLabel("Name").fill(name);
        reader.getByLabel("Email").fill("kim@example.org");
        reader.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill(words);
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");
    }
}
