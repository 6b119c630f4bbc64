package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Reading pages as crawlers, link previews and readers get them: complete in the first response, with no
 * session for a client that runs no script, revalidated with 304, and taken over by Vaadin without the page
 * moving.
 */
class ReadingPagesIT extends OnSharedServer {

    static final String ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    static final String HEADLINE = "Seoul and Tokyo Promise a Thaw, and the Region Takes Note";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void an_articles_first_response_is_the_whole_page_and_starts_no_session() throws Exception {
        var response = get(ARTICLE);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body())
                .contains("<title>" + HEADLINE + " — The Broadsheet</title>")
                .contains("<meta name=\"description\" content=\"Two neighbours with a long memory of grievance")
                .contains("<link rel=\"canonical\" href=\"" + server.url(ARTICLE) + "\">")
                .contains("<meta property=\"og:type\" content=\"article\">")
                .contains("<meta property=\"og:title\" content=\"" + HEADLINE + " — The Broadsheet\">")
                .contains("<meta name=\"twitter:card\" content=\"summary\">")
                .contains("<meta name=\"twitter:title\" content=\"" + HEADLINE + " — The Broadsheet\">")
                .contains("<meta name=\"twitter:description\" content=\"Two neighbours with a long memory of grievance")
                .contains("<script type=\"application/ld+json\">[{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\"")
                .contains("<h1>" + HEADLINE + "</h1>")
                .contains("<span>By <a href=\"authors/elena-marsh\" router-ignore rel=\"author\">Elena Marsh</a></span>")
                .contains("South Korea and Japan have spent most of the past decade talking past each other.")
                .contains("<cite><a href=\"speakers/park-ji-won\" router-ignore>Park Ji-won</a></cite>, former South Korean trade negotiator")
                .contains("<span class=\"comment-author\">Min-jun</span>")
                .contains("The chip-materials dispute was the real turning point");
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("public").contains("s-maxage="));
    }

    @Test
    void the_front_page_lists_every_article_in_its_first_response() throws Exception {
        var response = get("");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(response.body())
                .contains("<a href=\"" + ARTICLE + "\" router-ignore>" + HEADLINE + "</a>")
                .contains("Electric Ferries")
                .contains("<link rel=\"canonical\" href=\"" + server.url("") + "\">");
        assertThat(get("?page=999").statusCode()).isEqualTo(404);
        assertThat(get("?page=nonsense").statusCode()).isEqualTo(404);
    }

    @Test
    void a_reader_who_has_the_page_gets_304_not_the_page_again() throws Exception {
        var first = get(ARTICLE);
        var etag = first.headers().firstValue("ETag").orElseThrow();
        var lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        var byTag = send(HttpRequest.newBuilder(server.uri(ARTICLE)).header("If-None-Match", etag));
        var byDate = send(HttpRequest.newBuilder(server.uri(ARTICLE)).header("If-Modified-Since", lastModified));
        var otherTag = send(HttpRequest.newBuilder(server.uri(ARTICLE)).header("If-None-Match", "\"not-this-one\""));

        assertThat(byTag.statusCode()).isEqualTo(304);
        assertThat(byTag.body()).isEmpty();
        assertThat(byDate.statusCode()).isEqualTo(304);
        assertThat(otherTag.statusCode()).isEqualTo(200);
    }

    @Test
    void an_address_that_leads_nowhere_is_a_plain_404_with_no_session_and_no_script() throws Exception {
        for (var path : List.of("articles/no-such-article", "no-such-page", "admin/no-such-page")) {
            var response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
            assertThat(response.body()).as(path).contains("Page not found").doesNotContain("<script");
        }
        for (var file : List.of("wp-login.php", "favicon.ico", "VAADIN/no-such-file.js")) {
            var response = get(file);

            assertThat(response.statusCode()).as(file).isEqualTo(404);
            assertThat(response.headers().firstValue("Set-Cookie")).as(file).isEmpty();
        }
    }

    @Test
    void health_probes_are_answered_by_the_server_not_taken_for_pages() throws Exception {
        get(""); // Payara serves /health inside the site's own context: the site's first page must not take it over
        get(ARTICLE);

        var ready = get("health/ready");
        var live = get("health/live");

        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("UP").doesNotContain("Page not found").doesNotContain("Exception");
        assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
    }

    @Test
    void no_page_starts_a_session_until_its_browser_starts_a_live_view() throws Exception {
        for (var path : List.of("login", "admin/articles", "articles/" + "seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note")) {
            var response = get(path);

            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void without_javascript_the_reader_sees_the_article_and_its_comments() {
        asNewVisitor(new Browser.NewContextOptions().setJavaScriptEnabled(false), context -> {
            var page = context.newPage();
            page.navigate(server.url(ARTICLE));

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(HEADLINE))).isVisible();
            assertThat(page.locator("figure.quote cite").first()).hasText("Park Ji-won");
            assertThat(page.getByText("The chip-materials dispute was the real turning point")).isVisible();
            assertThat(context.cookies()).isEmpty();
        });
    }

    @Test
    void vaadin_takes_the_page_over_without_moving_it() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var page = context.newPage();
            // Every layout shift from the first paint on, as Chromium reports it (Cumulative Layout Shift).
            page.addInitScript("""
                    window.layoutShift = 0;
                    new PerformanceObserver(list => list.getEntries()
                        .filter(entry => !entry.hadRecentInput)
                        .forEach(entry => window.layoutShift += entry.value))
                      .observe({ type: 'layout-shift', buffered: true });""");
            page.navigate(server.url(ARTICLE));
            page.waitForFunction("() => !document.getElementById('first-response')"
                    + " && document.querySelector('#outlet section#comments')");
            page.waitForTimeout(500); // shifts are reported after the frame that shows them

            assertThat(((Number) page.evaluate("() => window.layoutShift")).doubleValue()).isZero();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(HEADLINE))).isVisible();
            assertThat(page.locator("[data-static]:empty")).hasCount(0);
            // The live page is live: the comment form is built when asked for.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            assertThat(page.getByLabel("Name")).isVisible();
        });
    }

    @Test
    void a_button_pressed_before_vaadin_has_started_still_works() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var page = context.newPage();
            var held = new CopyOnWriteArrayList<Route>();
            page.route(url -> url.contains("v-r=init"), held::add); // Vaadin cannot start until released
            page.navigate(server.url(ARTICLE));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            page.waitForTimeout(300);
            assertThat(page.getByLabel("Name")).hasCount(0);

            page.unrouteAll();
            held.forEach(Route::resume);

            assertThat(page.getByLabel("Name")).isVisible();
        });
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
