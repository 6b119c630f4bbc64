package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What people do on the site, end to end: publish, read, comment, moderate; sign-in rules; not-found; what a
 * crawler and a health probe get. This is also the smoke suite of every server the WAR is tested on: the same
 * tests run against Payara Micro, WildFly and Payara Server ({@code broadsheet.test.server}, see TestEnvironment).
 */
class ReaderAndEditorIT extends OnSharedServer {

    private BrowserContext readerContext;
    private BrowserContext editorContext;

    @BeforeEach
    void freshPeople() {
        readerContext = browser.newContext();
        editorContext = browser.newContext();
        readerContext.setDefaultTimeout(20_000);
        editorContext.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePeople() {
        readerContext.close();
        editorContext.close();
    }

    @Test
    void an_editor_publishes_a_reader_comments_the_editor_approves_and_every_reader_sees_it() {
        var editor = signedIn(editorContext, "editor");
        var headline = "Tram line extension opens " + unique();
        editor.navigate(server.url("admin/articles"));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New article")).click();
        assertThat(editor).hasURL(Pattern.compile(".*/admin/articles/new$"));
        field(editor, "Headline").fill(headline);
        editor.getByLabel("Standfirst").fill("Four new stops, ten years after the first plans.");
        editor.getByLabel("Body (Markdown)").fill("The first tram ran at dawn.\n\n> It finally feels like the "
                + "city is joined up.\n>\n> — Mara Lind, commuter");
        assertThat(editor.getByLabel("Slug")).hasValue(Pattern.compile("tram-line-extension-opens-.*"));
        assertThat(editor.locator(".preview figcaption")).containsText("Mara Lind");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("Published");

        var reader = readerContext.newPage();
        reader.navigate(server.url(""));
        reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(headline)).click();
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(headline))).isVisible();
        assertThat(reader.locator("figure.quote figcaption cite")).hasText("Mara Lind");

        var name = "Zed <b>Bold</b> " + unique();
        // Markup that would run if it reached the page as HTML (innerHTML never runs a <script>; this does).
        var text = "<img src=x onerror=\"window.pwned = true\"> Good news for the east side.";
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        reader.getByLabel("Name").fill(name);
        reader.getByLabel("Email").fill("zed@example.org");
        reader.getByLabel("Comment").fill(text);
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");
        assertThat(reader.getByText(text)).hasCount(0);

        editor.navigate(server.url("admin/comments"));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the comment by " + name)).click();
        assertThat(editor.getByText("Approved: the comment by " + name)).isVisible();

        var anotherReader = browser.newContext().newPage();
        anotherReader.navigate(reader.url());
        assertThat(anotherReader.getByText(text)).isVisible();
        assertThat(anotherReader.getByText(name)).isVisible();
        assertEquals(Boolean.FALSE, anotherReader.evaluate("() => window.pwned === true"), "a comment never runs script");
        assertEquals(0, anotherReader.locator(".comments b").count(), "markup in a name is shown as text");
        assertEquals(0, anotherReader.locator(".comments img").count(), "markup in a comment is shown as text");
        anotherReader.context().close();
    }

    @Test
    void a_comment_that_breaks_the_rules_is_refused_at_its_fields() {
        var reader = readerContext.newPage();
        reader.navigate(server.url(""));
        reader.locator(".teaser h2 a").first().click();
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        var post = reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment"));

        post.click();
        // .first(): Vaadin also announces a field's error to screen readers in a live region of its own.
        assertThat(reader.getByText("Please tell us your name").first()).isVisible();
        assertThat(reader.getByText("The comment is empty").first()).isVisible();

        reader.getByLabel("Name").fill("Ines");
        reader.getByLabel("Email").fill("not-an-email");
        reader.getByLabel("Comment").fill("x".repeat(5_001));
        post.click();
        assertThat(reader.getByText("This does not look like an email address").first()).isVisible();
        assertThat(reader.getByText("Comments are limited to 5,000 characters").first()).isVisible();
        assertThat(reader.getByRole(AriaRole.STATUS)).isHidden();
    }

    @Test
    void anyone_not_signed_in_is_sent_to_sign_in_and_then_on_to_the_page() {
        var visitor = readerContext.newPage();
        visitor.navigate(server.url("admin/articles"));

        assertThat(visitor).hasURL(Pattern.compile(".*/login\\?continue=admin(/|%2F)articles$"));
        signInOn(visitor, "editor");
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Articles"))).isVisible();
    }

    @Test
    void a_wrong_password_is_refused() {
        var visitor = readerContext.newPage();
        visitor.navigate(server.url("login"));
        visitor.getByLabel("Username").fill("editor");
        visitor.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("not the password");
        visitor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();

        assertThat(visitor.getByText("Incorrect username or password")).isVisible();
        visitor.navigate(server.url("admin"));
        assertThat(visitor).hasURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void a_signed_in_reader_is_forbidden_the_back_office() {
        var reader = signedIn(readerContext, "reader");
        reader.navigate(server.url("admin/comments"));

        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Forbidden"))).isVisible();
        assertThat(reader.getByText("Comments awaiting moderation")).hasCount(0);
    }

    @Test
    void saving_over_someone_elses_newer_save_is_refused_with_a_clear_message() {
        var editor = signedIn(editorContext, "editor");
        var admin = signedIn(readerContext, "admin");
        editor.navigate(server.url("admin/articles"));
        var firstArticle = editor.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName(Pattern.compile("Electric Ferries")));
        firstArticle.click();
        assertThat(field(editor, "Headline")).hasValue(Pattern.compile(".*Electric Ferries.*"));
        admin.navigate(editor.url());
        admin.getByLabel("Standfirst").fill("The admin's newer standfirst.");
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(admin.getByText("Saved", new Page.GetByTextOptions().setExact(true))).isVisible();

        editor.getByLabel("Standfirst").fill("The editor's stale standfirst.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();

        assertThat(editor.getByRole(AriaRole.ALERT).filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("changed by someone else"))).isVisible();
        admin.reload();
        assertThat(admin.getByLabel("Standfirst")).hasValue("The admin's newer standfirst.");
    }

    @Test
    void the_server_reports_the_site_ready() throws Exception {
        var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.readiness()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode());
        assertTrue(answer.body().contains("\"UP\""), answer.body());
    }

    @Test
    void an_articles_first_response_is_the_whole_article_without_script_or_session() throws Exception {
        var answer = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(server.uri("articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, answer.statusCode());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty(), "no session for a reader without script");
        for (var part : new String[] {"<h1", "Seoul and Tokyo Promise a Thaw", "Park Ji-won", "Min-jun",
                "property=\"og:title\"", "application/ld+json"}) {
            assertTrue(answer.body().contains(part), "first response lacks " + part);
        }
    }

    @Test
    void an_unknown_article_is_a_real_not_found() {
        var visitor = readerContext.newPage();
        var response = visitor.navigate(server.url("articles/no-such-article-" + unique()));

        assertEquals(404, response.status());
        assertThat(visitor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found"))).isVisible();
    }

    @Test
    void the_front_page_lists_published_articles_newest_first_with_bylines() {
        var visitor = readerContext.newPage();
        visitor.navigate(server.url(""));

        var headlines = visitor.locator(".teaser h2");
        assertThat(headlines.first()).isVisible();
        assertTrue(headlines.count() >= 3);
        assertThat(visitor.locator(".teaser .byline").first()).containsText("By ");
        assertThat(visitor).hasTitle("The Broadsheet");

        // Each teaser's publication time, top to bottom: a count alone would not notice the wrong order.
        var published = visitor.locator(".teaser time").all().stream()
                .map(time -> Instant.parse(time.getAttribute("datetime"))).toList();
        assertEquals(headlines.count(), published.size(), "every teaser is dated");
        assertTrue(published.stream().distinct().count() >= 2, "the demo articles were published at different times");
        assertEquals(published.stream().sorted(Comparator.reverseOrder()).toList(), published, "newest first");
    }

    @Test
    void markup_in_a_headline_standfirst_body_or_commenters_name_is_shown_never_run() {
        // Payloads that run when they reach the page as markup, by innerHTML or in the first response.
        var img = "<img src=x onerror=\"window.pwned = 'img'\">";
        var svg = "<svg onload=\"window.pwned = 'svg'\"></svg>";
        var editor = signedIn(editorContext, "editor");
        var headline = "Harbour vote " + img + " " + unique();
        editor.navigate(server.url("admin/articles/new"));
        field(editor, "Headline").fill(headline);
        editor.getByLabel("Standfirst").fill("A standfirst " + svg);
        editor.getByLabel("Body (Markdown)").fill("Text " + img + "\n\n> A quote " + svg + "\n>\n> — " + img + ", Hacker");
        assertThat(editor.locator(".preview figcaption")).containsText("Hacker");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("Published");
        assertNothingRan(editor, "the editor's preview");

        var reader = readerContext.newPage();
        reader.navigate(server.url(""));
        assertThat(reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(headline))).isVisible();
        assertNothingRan(reader, "the front page");
        reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(headline)).click();
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(headline))).isVisible();
        assertThat(reader.getByText("A standfirst " + svg)).isVisible();
        assertNothingRan(reader, "the article page");

        var name = "Mal " + img; // names are limited to 80 characters
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
        reader.getByLabel("Name").fill(name);
        reader.getByLabel("Email").fill("mallory@example.org");
        reader.getByLabel("Comment").fill("Body " + img);
        reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");

        editor.navigate(server.url("admin/comments"));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the comment by " + name)).click();
        assertThat(editor.getByText("Approved: the comment by " + name)).isVisible();
        assertNothingRan(editor, "the moderation queue");

        var anotherReader = browser.newContext().newPage();
        anotherReader.navigate(reader.url());
        assertThat(anotherReader.getByText(name)).isVisible();
        assertNothingRan(anotherReader, "the article page with the comment");
        anotherReader.context().close();
    }

    /** Waits until a failing image would have reported its error, then asks whether any payload ran. */
    private static void assertNothingRan(Page page, String where) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        assertEquals(Boolean.TRUE, page.evaluate("() => window.pwned === undefined"),
                "no markup ran on " + where + " (window.pwned = " + page.evaluate("() => String(window.pwned)") + ")");
    }

    /** A form field by its exact label: "Headline" must not also find the grid's "Sort by Headline". */
    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }



    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
