package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An article whose words look like markup: its first response, read by an HTML5 parser as a browser reads
 * it, keeps every word as text (title, description, Open Graph, JSON-LD, the page itself) and runs nothing.
 */
class HostileContentIT extends OnSharedServer {

    // Markup that would run if it leaked, and the comment opener that once swallowed the page after JSON-LD.
    private static final String HOSTILE = "<!--<script> </script><img src=x onerror=\"window.pwned=1\"> \"Q\" & 'A'";

    @Test
    void words_that_look_like_markup_stay_words_in_the_first_response() throws Exception {
        var headline = "Bridge reopens " + UUID.randomUUID().toString().substring(0, 6) + " " + HOSTILE;
        var standfirst = "Engineers say " + HOSTILE;
        var slug = published(headline, standfirst);

        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("articles/" + slug))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        var page = Jsoup.parse(response.body(), server.url("articles/" + slug));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.title()).isEqualTo(headline + " — The Broadsheet");
        assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(standfirst);
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(headline + " — The Broadsheet");
        assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(standfirst);
        var jsonLd = page.select("script[type=application/ld+json]");
        assertThat(jsonLd).hasSize(1);
        assertThat(jsonLd.first().data()).doesNotContain("<", ">", "&");
        var both = JsonMapper.builder().build().readTree(jsonLd.first().data());
        var data = both.get(0);
        assertThat(data.get("headline").asString()).isEqualTo(headline);
        assertThat(both.get(1).get("itemListElement").get(2).get("name").asString()).as("the breadcrumb").isEqualTo(headline);
        assertThat(data.get("description").asString()).isEqualTo(standfirst);
        // The page after the head is still a page: the article, its standfirst, Vaadin's outlet.
        assertThat(page.select("#first-response h1").text()).isEqualTo(headline);
        assertThat(page.getElementById("first-response").text()).contains(standfirst);
        assertThat(page.getElementById("outlet")).isNotNull();
        assertThat(page.select("[onerror], img[src=x]")).isEmpty();
        assertThat(page.select("script:not([src])").eachAttr("type")).containsOnlyOnce("application/ld+json");
    }

    @Test
    void the_article_runs_nothing_in_a_browser() {
        var headline = "Harbour lights " + UUID.randomUUID().toString().substring(0, 6) + " " + HOSTILE;
        var slug = published(headline, "Also " + HOSTILE);

        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var page = context.newPage();
            page.navigate(server.url("articles/" + slug));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(headline))).isVisible();
            page.waitForFunction("() => !document.getElementById('first-response')");

            assertThat(page.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            assertThat(page.title()).isEqualTo(headline + " — The Broadsheet");
        });
    }

    @Test
    void words_that_look_like_markup_stay_words_in_the_feed_and_the_news_sitemap() throws Exception {
        var headline = "Ferry strike " + UUID.randomUUID().toString().substring(0, 6) + " " + HOSTILE;
        var slug = published(headline, "Unions say " + HOSTILE);
        var client = HttpClient.newHttpClient();

        var feed = client.send(HttpRequest.newBuilder(server.uri("feed")).build(), HttpResponse.BodyHandlers.ofInputStream());
        var entries = new SyndFeedInput().build(new XmlReader(feed.body())).getEntries();
        assertThat(entries).filteredOn(entry -> entry.getLink().endsWith("articles/" + slug)).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.getTitle()).isEqualTo(headline);
                    assertThat(entry.getDescription().getValue()).isEqualTo("Unions say " + HOSTILE);
                });

        var news = client.send(HttpRequest.newBuilder(server.uri("news-sitemap.xml")).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var titles = factory.newDocumentBuilder().parse(news.body())
                .getElementsByTagNameNS("http://www.google.com/schemas/sitemap-news/0.9", "title");
        var texts = new ArrayList<String>();
        for (int i = 0; i < titles.getLength(); i++) {
            texts.add(titles.item(i).getTextContent());
        }
        assertThat(texts).contains(headline);
    }

    /** Publishes an article as the editor would, and returns its slug. */
    private static String published(String headline, String standfirst) {
        var slug = new String[1];
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            slug[0] = ArticleForm.write(editor, server, headline, standfirst, "The body says " + HOSTILE);
            ArticleForm.publish(editor);
        });
        return slug[0];
    }
}
