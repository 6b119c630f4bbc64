package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editor appends a correction to a published article and later amends it: readers see both at the end of
 * the article, in its first response, with its "modified" date moved on; the note's words stay words.
 */
class CorrectionsIT extends OnSharedServer {

    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";

    @Test
    void a_correction_and_its_amendment_reach_readers_with_the_article_marked_modified() throws Exception {
        var headline = "Harbour master retires " + UUID.randomUUID().toString().substring(0, 6);
        var correction = "An earlier version gave her name as Anne Example. " + HOSTILE;
        var amended = "An earlier version misspelled her name, Ann Example. " + HOSTILE;
        var slug = new String[1];
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            slug[0] = ArticleForm.write(editor, server, headline, "Thirty years on the quay.", "Anne Example retires on Friday.");
            ArticleForm.publish(editor);

            editor.getByLabel("Correction or update").fill(correction);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Append note")).click();
            assertThat(editor.locator(".editors-note").getByText(correction)).isVisible();

            editor.getByText("Amend this note").click();
            editor.getByLabel("New wording").fill(amended);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save new wording")).click();
            assertThat(editor.locator(".editors-note").getByText(amended, new Locator.GetByTextOptions().setExact(true)))
                    .isVisible();
            editor.getByText("Earlier wordings (1)").click();
            assertThat(editor.locator(".editors-note").getByText(correction, new Locator.GetByTextOptions().setExact(false)))
                    .containsText("by Elena Marsh");
        });

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("articles/" + slug[0]))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        var page = Jsoup.parse(response.body(), server.url("articles/" + slug[0]));

        var notes = page.select("#first-response .article-notes");
        assertThat(notes.select("h2").text()).isEqualTo("Corrections and updates");
        assertThat(notes.select("li.correction").text()).startsWith("Correction, ").contains(amended)
                .doesNotContain("Anne Example").contains("This note was amended on");
        assertThat(page.select("[onerror], img[src=x]")).isEmpty();
        // The article's own data first, its breadcrumbs beside it.
        var data = JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").first().data())
                .get(0);
        assertThat(Instant.parse(data.get("dateModified").asString()))
                .isAfter(Instant.parse(data.get("datePublished").asString()));

        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var reader = context.newPage();
            reader.navigate(server.url("articles/" + slug[0]));
            reader.waitForFunction("() => !document.getElementById('first-response')");
            assertThat(reader.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Corrections and updates")))
                    .containsText(amended);
            assertThat(reader.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        });
    }
}
