package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A published article's address is permanent: a new headline leaves it alone, and when an editor changes the
 * slug on purpose, every address it had answers 301 with the current one.
 */
class ArticleAddressesIT extends OnSharedServer {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private BrowserContext editorContext;
    private BrowserContext readerContext;

    @BeforeEach
    void freshPeople() {
        editorContext = browser.newContext();
        readerContext = browser.newContext();
        editorContext.setDefaultTimeout(20_000);
        readerContext.setDefaultTimeout(20_000);
    }

    @AfterEach
    void closePeople() {
        editorContext.close();
        readerContext.close();
    }

    @Test
    void a_long_headline_with_emoji_right_to_left_text_and_no_break_spaces_renders_and_slugs_cleanly() throws Exception {
        var unique = UUID.randomUUID().toString().substring(0, 6);
        // 300+ characters: emoji (one with a skin tone), Arabic and Hebrew, no-break and thin no-break spaces.
        var headline = ("Élections\u00A0régionales " + unique + " 🗳️👍🏽 — «\u202Fوزير الخارجية\u202F» meets שר החוץ: ")
                .repeat(5).strip();
        assertThat(headline.length()).isGreaterThan(300);
        var editor = signedInEditor();
        editor.navigate(server.url("admin/articles/new"));
        field(editor, "Headline").fill(headline);
        editor.getByLabel("Standfirst").fill("Turnout was the highest in twenty years.");
        editor.getByLabel("Body (Markdown)").fill("Counting went on through the night, in three languages.");
        // The slug is offered once the server has the headline: wait for it, as ArticleForm does.
        assertThat(field(editor, "Slug")).not().hasValue("");
        var slug = field(editor, "Slug").inputValue();
        assertThat(slug).startsWith("elections-regionales-" + unique).hasSizeLessThanOrEqualTo(80).matches("[a-z0-9]+(-[a-z0-9]+)*");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("Published");

        var answer = get("articles/" + slug);
        assertThat(answer.statusCode()).isEqualTo(200);
        var page = Jsoup.parse(answer.body());
        assertThat(page.select("#first-response h1").text()).isEqualTo(Jsoup.parse(headline).text());
        assertThat(page.select("meta[property=og:title]").attr("content")).startsWith(headline);
        assertThat(page.select("#first-response .reading-time").text()).isEqualTo("· 1 min read");
        var reader = readerContext.newPage();
        reader.navigate(server.url("articles/" + slug));
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(headline);
    }

    @Test
    void a_published_articles_links_keep_working_after_its_headline_and_slug_change() throws Exception {
        var editor = signedInEditor();
        var unique = UUID.randomUUID().toString().substring(0, 6);
        var headline = "Night ferry returns " + unique;
        editor.navigate(server.url("admin/articles/new"));
        field(editor, "Headline").fill(headline);
        editor.getByLabel("Standfirst").fill("The overnight crossing is back after two winters.");
        editor.getByLabel("Body (Markdown)").fill("The first boat left at midnight.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("Published");
        var shared = "articles/night-ferry-returns-" + unique;

        field(editor, "Headline").fill("Night ferry returns for good " + unique);
        save(editor);

        var afterNewHeadline = get(shared);
        assertThat(afterNewHeadline.statusCode()).as("the shared link after a new headline").isEqualTo(200);
        assertThat(afterNewHeadline.body()).contains("Night ferry returns for good " + unique);

        editor.reload();
        field(editor, "Slug").fill("overnight-ferry-" + unique);
        save(editor);
        var current = "articles/overnight-ferry-" + unique;

        var moved = get(shared);
        assertThat(moved.statusCode()).as("the shared link after a new slug").isEqualTo(301);
        assertThat(moved.headers().firstValue("Location")).contains(server.url(current));
        assertThat(get(current).statusCode()).isEqualTo(200);

        var reader = readerContext.newPage();
        reader.navigate(server.url(shared));
        assertThat(reader).hasURL(server.url(current));
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Night ferry returns for good " + unique))).isVisible();
    }

    @Test
    void a_withdrawn_article_answers_410_without_its_words_and_a_draft_stays_unknown() throws Exception {
        var editor = signedInEditor();
        var unique = UUID.randomUUID().toString().substring(0, 6);
        var headline = "Councillor resigns " + unique;
        var address = "articles/" + ArticleForm.write(editor, server, headline, "A claim we could not stand by.",
                "The body we took down.");
        field(editor, "Headline").fill(headline); // the draft is saved first: a draft's address is unknown
        save(editor);
        assertThat(get(address).statusCode()).as("a draft").isEqualTo(404);
        ArticleForm.publish(editor);
        assertThat(get(address).statusCode()).isEqualTo(200);

        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unpublish")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("Draft");

        var gone = get(address);
        assertThat(gone.statusCode()).as("withdrawn").isEqualTo(410);
        var page = Jsoup.parse(gone.body());
        assertThat(page.select("#first-response h1").text()).isEqualTo("This article has been withdrawn");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(gone.body()).doesNotContain(headline, "could not stand by", "took down"); // only its address
        var reader = readerContext.newPage();
        reader.navigate(server.url(address));
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This article has been withdrawn")))
                .isVisible();
        reader.waitForFunction("() => !document.getElementById('first-response')");
        assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("This article has been withdrawn")))
                .isVisible();
        assertThat(reader.getByText(headline)).hasCount(0);

        ArticleForm.publish(editor);
        assertThat(get(address).statusCode()).as("back again").isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        // Redirects are not followed: the test reads the 301 itself.
        return http.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void save(Page editor) {
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(editor.getByText("Saved", new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    /** A form field by its exact label: "Headline" must not also find other controls that mention it. */
    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private Page signedInEditor() {
        var page = editorContext.newPage();
        page.navigate(server.url("login"));
        page.getByLabel("Username").fill("editor");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                .fill(BroadsheetServer.PASSWORDS.get("editor"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }
}
