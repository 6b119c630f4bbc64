package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * What the site answers an outsider probing it: security headers on every kind of response, only GET and
 * HEAD for pages, 403 for a staff page, no metrics on the public address, no stack traces for bad addresses.
 */
class SecurityHeadersIT extends OnSharedServer {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void every_kind_of_response_carries_the_security_headers() throws Exception {
        var readingPages = List.of("", ReadingPagesIT.ARTICLE, "no-such-page", "styles.css", "favicon.svg");
        var staffPages = List.of("login", "admin", "admin/articles", "admin/comments");
        for (var path : readingPages) {
            var headers = get(path).headers();

            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(policy ->
                    assertThat(policy).contains("default-src 'self'", "object-src 'none'", "base-uri 'self'",
                            "frame-ancestors 'self'").doesNotContain("script-src 'self' 'unsafe-inline'"));
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
        }
        for (var path : staffPages) {
            var headers = get(path).headers();

            assertThat(headers.firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(policy -> assertThat(policy).contains("frame-ancestors 'none'"));
            assertThat(headers.allValues("X-Frame-Options")).as(path).containsExactly("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("same-origin");
        }
    }

    @Test
    void the_session_cookie_is_same_site_lax_and_http_only() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            // As the server wrote them: Chromium treats a cookie without SameSite as Lax, so its jar cannot tell.
            var cookies = new CopyOnWriteArrayList<String>();
            Consumer<Response> collectCookies = response -> {
                try {
                    var setCookies = response.headerValues("set-cookie");
                    if (setCookies != null) {
                        cookies.addAll(setCookies);
                    }
                } catch (PlaywrightException closing) {
                    // a response still arriving while the page goes away: nothing left to check
                }
            };
            context.onResponse(collectCookies);
            var page = context.newPage();
            page.navigate(server.url("login"));
            assertThat(page.getByLabel("Username")).isVisible();
            // Stop listening before the browser closes: a late response's event for a page already gone
            // made context.close() fail ("Object doesn't exist: page@…") once in CI.
            context.offResponse(collectCookies);
            page.close();

            assertThat(cookies).filteredOn(cookie -> cookie.startsWith("JSESSIONID=")).singleElement()
                    .satisfies(cookie -> assertThat(cookie.toLowerCase(Locale.ROOT))
                            .contains("samesite=lax", "httponly").doesNotContain("secure"));
        });
    }

    @Test
    void pages_and_files_answer_only_get_and_head() throws Exception {
        for (var path : List.of("", ReadingPagesIT.ARTICLE, "login", "admin/articles", "no-such-page", "styles.css")) {
            for (var method : List.of("PUT", "DELETE", "PATCH", "POST")) {
                var response = send(HttpRequest.newBuilder(server.uri(path))
                        .method(method, HttpRequest.BodyPublishers.ofString("x")));

                assertThat(response.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(response.headers().firstValue("Allow")).as(method + " " + path).hasValue("GET, HEAD");
            }
            assertThat(send(HttpRequest.newBuilder(server.uri(path)).HEAD()).statusCode()).as("HEAD " + path)
                    .isIn(200, 404);
        }
        // Vaadin's own posts are its business (here: no session, so no UI to talk to), never a 405.
        var heartbeat = send(HttpRequest.newBuilder(server.uri("?v-r=heartbeat&v-uiId=0"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(heartbeat.statusCode()).isNotEqualTo(405);
    }

    @Test
    void a_signed_in_reader_gets_the_forbidden_page_with_403() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            var page = context.newPage();
            page.navigate(server.url("login"));
            page.getByLabel("Username").fill("reader");
            page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(BroadsheetServer.PASSWORDS.get("reader"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            page.waitForURL(url -> !url.contains("/login"));

            var response = page.navigate(server.url("admin/comments"));

            assertThat(response.status()).isEqualTo(403);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Forbidden"))).isVisible();
        });
    }

    @Test
    void jvm_metrics_are_not_shown_to_the_public() throws Exception {
        var metrics = get("metrics");

        assertThat(metrics.statusCode()).isEqualTo(404);
        assertThat(metrics.body()).doesNotContain("# TYPE", "jvm", "base_");
    }

    @Test
    void a_malformed_address_writes_no_stack_trace() throws Exception {
        var logged = payaraMicro().logSize();
        for (var path : List.of("articles/%", "articles/%zz", "%E0%A4%A")) {
            assertThat(statusLineOf(path)).as(path).startsWith("HTTP/1.1 ");
        }
        Thread.sleep(500); // the log is copied from the server's output by another thread
        assertThat(payaraMicro().logSince(logged)).doesNotContain("URLDecoder", "\tat ");
    }

    /** A GET of an address no URI class would let us send, answered with its status line. */
    private static String statusLineOf(String path) throws IOException {
        var address = server.uri("");
        try (var socket = new Socket(address.getHost(), address.getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET /" + path + " HTTP/1.1\r\nHost: " + address.getAuthority()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            var answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.lines().findFirst().orElse("");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(server.uri(path)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
