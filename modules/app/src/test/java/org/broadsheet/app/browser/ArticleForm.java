package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.broadsheet.app.testenv.Site;

/** The back office's article form as an editor fills it in, for tests that need articles made through it. */
final class ArticleForm {

    private ArticleForm() {
    }

    /** Opens a new article on {@code site} and fills it in; returns the slug the form offers (nothing saved yet). */
    static String write(Page editor, Site site, String headline, String standfirst, String body) {
        editor.navigate(site.url("admin/articles/new"));
        editor.getByLabel("Headline", new Page.GetByLabelOptions().setExact(true)).fill(headline);
        editor.getByLabel("Standfirst").fill(standfirst);
        editor.getByLabel("Body (Markdown)").fill(body);
        assertThat(editor.getByLabel("Slug")).not().hasValue("");
        return editor.getByLabel("Slug").inputValue();
    }

    /** Presses Publish and waits until the form says it is done. */
    static void publish(Page editor) {
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("Published");
    }
}
