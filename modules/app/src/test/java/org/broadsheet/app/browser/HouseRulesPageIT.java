package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An editor sets the house rules; a reader's comments meet them; the queue says why one waits. */
class HouseRulesPageIT extends OnSharedServer {

    private static final String ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String CHECK = "Words to check: a comment using one waits for an editor";
    private static final String BANNED = "Banned words: a comment using one is not published";

    @Test
    void an_editor_sets_the_rules_and_a_readers_comments_are_published_held_or_refused_by_them() {
        var tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var suspect = "zebrafinch" + tag;
        var banned = "roulettewheel" + tag;
        asNewVisitor(new Browser.NewContextOptions(), desk -> asNewVisitor(new Browser.NewContextOptions(), home -> {
            desk.setDefaultTimeout(20_000);
            home.setDefaultTimeout(20_000);
            var editor = signedIn(desk, "editor");
            editor.navigate(server.url("admin/house-rules"));
            editor.getByLabel("Comments appear at once unless a house rule holds them").check();
            editor.getByLabel(CHECK).fill(suspect);
            editor.getByLabel(BANNED).fill(banned);
            save(editor);
            try {
                var reader = home.newPage();
                reader.navigate(server.url(ARTICLE));
                var name = "Hal Rules " + tag;
                post(reader, name, "Published at once, " + tag + ". *Really*, see [the report](https://example.org/report)"
                        + " or [this](javascript:window.pwned=1).");
                assertThat(reader.getByRole(AriaRole.STATUS)).containsText("Your comment is published");
                post(reader, name, "A word about the " + suspect + ".");
                assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");
                post(reader, name, "Come to the " + banned.toUpperCase() + "!");
                assertThat(reader.getByRole(AriaRole.STATUS)).containsText("breaks our house rules");

                reader.navigate(server.url(ARTICLE));
                var shown = reader.locator("article.comment .comment-body").filter(
                        new com.microsoft.playwright.Locator.FilterOptions().setHasText("Published at once, " + tag));
                assertThat(shown).isVisible();
                // The comment's Markdown subset: emphasis, and a link that earns its target nothing; no script link.
                assertThat(shown.locator("em")).hasText("Really");
                assertThat(shown.locator("a[href='https://example.org/report']")).hasAttribute("rel", "nofollow ugc noopener");
                assertThat(shown.locator("a")).hasCount(1);
                assertThat(reader.getByText(suspect)).hasCount(0);

                editor.navigate(server.url("admin/comments"));
                assertThat(editor.locator("vaadin-grid-cell-content").getByText("Uses a word to check: " + suspect))
                        .isVisible();
                assertThat(editor.locator("vaadin-grid-cell-content").getByText(banned)).hasCount(0);
            } finally {
                editor.navigate(server.url("admin/house-rules"));
                editor.getByLabel("Comments wait until their writer has had one approved (signed-in readers only)").check();
                editor.getByLabel(CHECK).fill("");
                editor.getByLabel(BANNED).fill("");
                save(editor);
            }
        }));
    }

    private static void save(Page editor) {
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save house rules")).click();
        assertThat(editor.getByText("Saved: new comments meet these rules").last()).isVisible();
    }

    private static void post(Page reader, String name, String words) {
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        reader.getByLabel("Name").fill(name);
        reader.getByLabel("Email").fill("hal@example.org");
        reader.getByLabel("Comment").fill(words);
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
    }
}
