package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.broadsheet.shared.Slug;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Speaker pages: a quote's attribution leads to its speaker, whose page (complete in its first response) lists
 * what they said across articles with the role they had then; the editor offers known speakers as typed.
 */
class SpeakerPagesIT extends OnSharedServer {

    // Demo content: "Seoul and Tokyo…" quotes Park Ji-won, former South Korean trade negotiator.
    private static final String SEOUL = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";

    @Test
    void a_speaker_page_arrives_complete_with_their_quotes_and_articles() {
        var article = Jsoup.parse(fetchText(SEOUL));
        assertThat(article.select("#first-response figure.quote cite a").eachAttr("href"))
                .contains("speakers/park-ji-won", "speakers/haruka-mori");

        var answer = fetch("speakers/park-ji-won");
        var page = Jsoup.parse(new String(answer.body()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(page.title()).isEqualTo("Park Ji-won — The Broadsheet");
        assertThat(page.select("#first-response h1").text()).isEqualTo("Park Ji-won");
        assertThat(page.select("#first-response .intro").text()).isEqualTo("former South Korean trade negotiator");
        var quote = page.select("#first-response figure.quote").last();
        assertThat(quote.select("figcaption").text()).startsWith("former South Korean trade negotiator, in Seoul and Tokyo");
        assertThat(quote.select("figcaption a").attr("href")).isEqualTo(SEOUL);
        var data = JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(data.get(0).get("mainEntity").get("name").asString()).isEqualTo("Park Ji-won");
        assertThat(data.get(1).get("@type").asString()).isEqualTo("BreadcrumbList");
    }

    @Test
    void unknown_speakers_and_pages_past_the_last_are_plain_not_founds() {
        for (var path : List.of("speakers/nobody-at-all", "speakers/park-ji-won?page=0", "speakers/park-ji-won?page=99",
                "api/speakers/nobody-at-all")) {
            var answer = fetch(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(answer.body())).as(path).doesNotContain("Exception", "\tat ");
        }
        assertThat(new String(fetch("api/speakers/park-ji-won").body())).contains("\"name\":\"Park Ji-won\"");
        assertThat(new String(fetch("api/" + SEOUL).body())).as("the API's body links speakers by whole address")
                .contains("href=\\\"" + server.url("speakers/park-ji-won") + "\\\"");
    }

    @Test
    void an_editor_quotes_a_known_speaker_and_a_reader_follows_the_attribution_to_their_page() {
        var headline = "Trade talks resume " + UUID.randomUUID().toString().substring(0, 6);
        var words = "We are back at the table " + UUID.randomUUID().toString().substring(0, 6) + ".";
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            var slug = ArticleForm.write(editor, server, headline, "Negotiators meet again.", "Talks resumed today.");
            editor.getByText("Add a quote").click();
            editor.getByLabel("Speaker").fill("park");
            editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Park Ji-won")).click();
            assertThat(editor.getByLabel("Role at the time")).hasValue("former South Korean trade negotiator");
            editor.getByLabel("Quote", new Page.GetByLabelOptions().setExact(true)).fill(words);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Insert quote")).click();
            assertThat(editor.getByLabel("Body (Markdown)")).hasValue("Talks resumed today.\n\n> " + words
                    + "\n>\n> — Park Ji-won, former South Korean trade negotiator");
            ArticleForm.publish(editor);

            var reader = context.browser().newContext().newPage();
            reader.navigate(server.url("articles/" + slug));
            reader.waitForFunction("() => !document.getElementById('first-response')");
            reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Park Ji-won")).click();
            assertThat(reader).hasURL(server.url("speakers/park-ji-won"));
            assertThat(reader.locator("figure.quote").first()).containsText(words);
            assertThat(reader.locator("figure.quote").first()).containsText(headline);
            reader.context().close();
        });
    }

    @Test
    void an_editor_describes_a_speaker_and_readers_see_the_words_as_words_and_the_link() {
        var name = "Ingrid Vik " + UUID.randomUUID().toString().substring(0, 6);
        var hostile = "Mayor of Bergen <img src=x onerror=\"window.pwned=1\">";
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            ArticleForm.write(editor, server, "Bridge tolls cut " + name.substring(11), "Tolls end in March.",
                    "> The tolls go in March.\n>\n> — " + name + ", deputy mayor");
            assertThat(editor.locator(".preview figure.quote cite")).hasText(name);
            ArticleForm.publish(editor);

            editor.navigate(server.url("admin/speakers"));
            editor.getByLabel("Name starts with").fill(name);
            editor.locator("vaadin-grid-cell-content").getByText(name, new Locator.GetByTextOptions().setExact(true)).click();
            editor.getByLabel("More about them (web address)").fill("javascript:alert(1)");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save speaker")).click();
            assertThat(editor.getByRole(AriaRole.ALERT)).hasText("Give a web address starting with https:// or http://");
            editor.getByLabel("Who they are now").fill(hostile);
            editor.getByLabel("More about them (web address)").fill("https://example.org/ingrid-vik");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save speaker")).click();
            assertThat(editor.getByText("Saved: their page says so now")).isVisible();

            var reader = context.browser().newContext().newPage();
            reader.navigate(server.url("speakers/" + Slug.from(name).value()));
            assertThat(reader.locator(".speaker .intro")).hasText(hostile);
            assertThat(reader.locator(".speaker .speaker-link a")).hasAttribute("href", "https://example.org/ingrid-vik");
            assertThat(reader.locator(".speaker figure.quote figcaption").first()).containsText("deputy mayor");
            assertThat(reader.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            reader.context().close();
        });
    }
}
