package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An editor corrects an article, compares the two revisions (the corrected words struck and inserted, shown as
 * text even when they look like markup) and brings the first text back.
 */
class ArticleRevisionsIT extends OnSharedServer {

    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";

    @Test
    void an_editor_compares_two_revisions_and_restores_the_first() {
        var headline = "Harbour dues " + UUID.randomUUID().toString().substring(0, 6);
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            ArticleForm.write(editor, server, headline, "Dues go up.", "Dues rise by five per cent.");
            save(editor);
            editor.getByLabel("Body (Markdown)").fill("Dues rise by seven per cent. " + HOSTILE);
            save(editor);

            var history = editor.locator(".article-revisions ol li");
            assertThat(history).hasCount(2);
            assertThat(history.first()).containsText("Revision 2");
            assertThat(history.first()).containsText("changed body");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
            var diff = editor.locator(".revision-comparison .diff");
            assertThat(diff.locator("del").first()).containsText("five");
            assertThat(String.join("", diff.locator("del").allTextContents())).doesNotContain("seven");
            assertThat(String.join("", diff.locator("ins").allTextContents())).contains("seven", HOSTILE)
                    .doesNotContain("five");
            assertThat(editor.locator(".revision-comparison img")).hasCount(0);

            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Restore revision 1")).click();
            assertThat(editor.getByLabel("Body (Markdown)")).hasValue("Dues rise by five per cent.");
            assertThat(history.first()).containsText("Revision 3");
            assertThat(history.first()).containsText("restored revision 1");
            assertThat(editor.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        });
    }

    private static void save(Page editor) {
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(editor.getByText("Saved").first()).isVisible();
    }
}
