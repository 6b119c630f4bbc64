package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.util.UUID;
import java.util.stream.Collectors;
import org.broadsheet.content.TopicRef;
import org.junit.jupiter.api.Test;

/** Editors file articles under topics they name in the article form, in any script, within the column's limit. */
class TopicsIT extends OnSharedServer {

    @Test
    void an_editor_adds_a_topic_by_typing_its_name_and_is_told_when_the_name_is_too_long() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            editor.navigate(server.url("admin/articles/new"));
            var topics = editor.getByLabel("Topics", new Page.GetByLabelOptions().setExact(true));

            // The field's own error message: Vaadin also keeps the last announcement in a screen-reader live region.
            var tooLong = editor.locator("[slot=error-message]", new Page.LocatorOptions().setHasText(TopicRef.NAME_TOO_LONG));
            topics.fill("A topic whose name runs on far longer than any menu or list could show " + "x".repeat(10));
            topics.press("Enter");
            assertThat(tooLong).isVisible();

            // Unique, and in Chinese characters only: no Latin letter or digit to spell a slug with.
            var name = "東京 " + UUID.randomUUID().toString().substring(0, 6).chars()
                    .mapToObj(c -> Character.toString(0x4E00 + Character.digit(c, 16))).collect(Collectors.joining());
            topics.fill(name);
            topics.press("Enter");
            assertThat(editor.locator("vaadin-multi-select-combo-box-chip",
                    new Page.LocatorOptions().setHasText(name))).isVisible();
            assertThat(tooLong).isHidden();
        });
    }
}
