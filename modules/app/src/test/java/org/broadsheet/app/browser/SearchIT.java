package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * A reader searches: the form works without script (its answer is a complete first response), results link to
 * their articles with the words found marked, and whatever is typed, the page answers.
 */
class SearchIT extends OnSharedServer {

    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void a_reader_finds_an_article_by_a_word_in_its_body_with_the_word_marked() throws Exception {
        var word = "tide" + UUID.randomUUID().toString().replaceAll("[0-9-]", "").substring(0, 6);
        var headline = "Harbour works begin " + UUID.randomUUID().toString().substring(0, 6);
        var slug = new String[1];
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            slug[0] = ArticleForm.write(editor, server, headline, "Dredgers arrive on Monday.",
                    "The " + word + " tables were checked " + HOSTILE + " before the work began.");
            ArticleForm.publish(editor);
        });

        var response = get("search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(response.body(), server.url(""));
        var result = page.select("#first-response .teaser").first();
        assertThat(result).isNotNull();
        assertThat(result.select("h2 a").attr("href")).isEqualTo("articles/" + slug[0]);
        assertThat(result.select(".snippet mark").text()).isEqualTo(word);
        assertThat(page.select("[onerror], img[src=x]")).isEmpty();
        assertThat(page.select(".search-summary").text()).isEqualTo("1 article matches “" + word + "”.");

        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var reader = context.newPage();
            reader.navigate(server.url(""));
            reader.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Site"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Search")).click();
            reader.getByLabel("Search the articles").fill(word);
            reader.getByLabel("Search the articles").press("Enter");
            assertThat(reader.getByRole(AriaRole.STATUS)).hasText("1 article matches “" + word + "”.");
            reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(headline)).click();
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(headline))).isVisible();
            assertThat(reader.evaluate("() => window.pwned === undefined")).isEqualTo(true);
        });
    }

    @Test
    void whatever_is_typed_the_page_answers_and_bad_page_numbers_find_nothing() throws Exception {
        // 5,000 characters: a longer address than Payara's 8 KB request line is refused by the server itself
        // (the service takes 10,000 and more, see ContentIT; the form sends at most 200).
        for (var text : new String[] {"", "!!!", "\"unbalanced ((", "x".repeat(5_000), HOSTILE, "Ünïcødé ☕ مرحبا"}) {
            var response = get("search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
            assertThat(response.statusCode()).as(text.substring(0, Math.min(text.length(), 20))).isEqualTo(200);
            assertThat(Jsoup.parse(response.body()).select("[onerror], img[src=x]")).isEmpty();
        }
        assertThat(get("search?q=x&page=abc").statusCode()).isEqualTo(404);
        assertThat(get("search?q=x&page=999").statusCode()).isEqualTo(404);
        assertThat(get("search?q=" + "x".repeat(5_000)).body()).contains("Only the first 200 characters were searched.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
