package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Section and author pages: reached from the masthead and from bylines, complete in their first response, each
 * with its own feed and breadcrumbs; an author writes their bio in the back office and readers see it as text.
 */
class SectionAndAuthorPagesIT extends OnSharedServer {

    // Demo content: "Seoul and Tokyo…" is analysis, "Europe's Grid…" business; Elena Marsh wrote all three.
    private static final String SEOUL = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String GRID = "articles/europes-grid-learns-to-live-with-cheap-sunshine";

    @Test
    void a_section_page_arrives_complete_with_its_own_feed_and_breadcrumbs() throws Exception {
        var answer = fetch("sections/analysis");
        var page = Jsoup.parse(new String(answer.body()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(page.title()).isEqualTo("Analysis — The Broadsheet");
        assertThat(page.select("#first-response h1").text()).isEqualTo("Analysis");
        assertThat(page.select("#first-response .teaser h2 a").eachAttr("href")).contains(SEOUL).doesNotContain(GRID);
        assertThat(page.select("nav.sections a").eachText()).containsExactly("News", "Analysis", "Opinion", "Business",
                "Culture");
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(server.url("sections/analysis"));
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(server.url("feed?section=analysis"));
        var data = structuredData(page);
        assertThat(data.get(0).get("@type").asString()).isEqualTo("CollectionPage");
        assertThat(crumbs(data.get(1))).containsExactly(server.url(""), server.url("sections/analysis"));

        var feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(fetch("feed?section=analysis").body())));
        assertThat(feed.getTitle()).isEqualTo("Analysis — The Broadsheet");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).contains(server.url(SEOUL)).doesNotContain(server.url(GRID));
    }

    @Test
    void an_article_names_its_section_and_links_its_byline_to_the_authors_page() throws Exception {
        var page = Jsoup.parse(fetchText(SEOUL));

        assertThat(page.select("#first-response .section-link a").attr("href")).isEqualTo("sections/analysis");
        var byline = page.select("#first-response .article-header .byline a[rel=author]");
        assertThat(byline.text()).isEqualTo("Elena Marsh");
        assertThat(byline.attr("href")).isEqualTo("authors/elena-marsh");
        assertThat(page.select("meta[property=article:section]").attr("content")).isEqualTo("Analysis");
        var data = structuredData(page);
        assertThat(data.get(0).get("@type").asString()).isEqualTo("NewsArticle");
        assertThat(data.get(0).get("articleSection").asString()).isEqualTo("Analysis");
        assertThat(crumbs(data.get(1))).containsExactly(server.url(""), server.url("sections/analysis"), server.url(SEOUL));
    }

    @Test
    void an_author_page_arrives_complete_with_their_articles_and_feed() throws Exception {
        var answer = fetch("authors/elena-marsh");
        var page = Jsoup.parse(new String(answer.body()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(page.title()).isEqualTo("Elena Marsh — The Broadsheet");
        assertThat(page.select("#first-response h1").text()).isEqualTo("Elena Marsh");
        assertThat(page.select("#first-response .teaser h2 a").eachAttr("href")).contains(SEOUL, GRID);
        assertThat(page.select("meta[property=og:type]").attr("content")).isEqualTo("profile");
        var data = structuredData(page);
        assertThat(data.get(0).get("@type").asString()).isEqualTo("ProfilePage");
        assertThat(data.get(0).get("mainEntity").get("@type").asString()).isEqualTo("Person");
        assertThat(data.get(0).get("mainEntity").get("name").asString()).isEqualTo("Elena Marsh");

        var feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(fetch("feed?author=elena-marsh").body())));
        assertThat(feed.getTitle()).isEqualTo("Elena Marsh — The Broadsheet");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).contains(server.url(SEOUL), server.url(GRID));
        assertThat(feed.getEntries().getFirst().getAuthors()).extracting(SyndPerson::getUri)
                .containsExactly(server.url("authors/elena-marsh"));
    }

    @Test
    void unknown_sections_and_authors_and_readers_are_plain_not_founds() throws Exception {
        // "rui-reader" is the demo reader's address: readers have accounts, not author pages.
        for (var path : List.of("sections/sport", "sections/news?page=0", "sections/news?page=99", "authors/nobody",
                "authors/rui-reader", "feed?section=sport", "feed?author=rui-reader")) {
            var answer = fetch(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(answer.body())).as(path).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void a_reader_goes_from_the_masthead_to_a_section_and_from_a_byline_to_its_author() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var page = context.newPage();
            page.navigate(server.url(""));
            page.waitForFunction("() => !document.getElementById('first-response')");
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections"))
                    .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Business"))
                    .click();
            assertThat(page).hasURL(server.url("sections/business"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Business").setLevel(1)))
                    .isVisible();

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Elena Marsh")).first().click();
            assertThat(page).hasURL(server.url("authors/elena-marsh"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Elena Marsh").setLevel(1)))
                    .isVisible();
        });
    }

    @Test
    void an_editor_files_an_article_in_a_section_written_with_a_colleague_and_readers_find_it_on_every_page() {
        var headline = "Gallery reopens " + java.util.UUID.randomUUID().toString().substring(0, 6);
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            var slug = ArticleForm.write(editor, server, headline, "The east wing is open again.", "After two years.");
            editor.getByLabel("Section").click();
            editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Culture")).click();
            editor.getByLabel("Also by").click();
            editor.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ada Admin")).click();
            editor.keyboard().press("Escape");
            ArticleForm.publish(editor);

            var article = Jsoup.parse(fetchText("articles/" + slug));
            var byline = article.select("#first-response .article-header .byline");
            assertThat(byline.text()).startsWith("By Elena Marsh and Ada Admin · ");
            assertThat(byline.select("a[rel=author]").eachAttr("href")).containsExactly("authors/elena-marsh", "authors/ada-admin");
            assertThat(article.select("meta[property=article:author]").eachAttr("content")).containsExactly("Elena Marsh", "Ada Admin");
            assertThat(Jsoup.parse(fetchText("authors/ada-admin")).select("#first-response .teaser h2 a").eachAttr("href"))
                    .as("on the page of each author").contains("articles/" + slug);

            var culture = Jsoup.parse(fetchText("sections/culture"));
            assertThat(culture.select("#first-response .teaser h2 a").eachAttr("href")).contains("articles/" + slug);
            assertThat(Jsoup.parse(fetchText("sections/news")).select("#first-response .teaser h2 a").eachAttr("href"))
                    .doesNotContain("articles/" + slug);
            editor.reload();
            assertThat(editor.getByLabel("Section")).containsText("Culture");
            assertThat(editor.getByLabel("Also by").evaluate(
                    "input => input.closest('vaadin-multi-select-combo-box').selectedItems.map(item => item.label)")
                    .toString()).contains("Ada Admin");
        });
    }

    @Test
    void an_author_writes_their_bio_and_readers_see_its_words_as_words() throws Exception {
        var hostile = "Covers ports. <img src=x onerror=\"window.pwned=1\">";
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your author page")).click();
            var bio = editor.getByLabel("Bio");
            var before = bio.inputValue();
            try {
                bio.fill(hostile);
                editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save bio")).click();
                assertThat(editor.getByText("Saved: readers see it on your author page")).isVisible();

                var page = Jsoup.parse(fetchText("authors/elena-marsh"));
                assertThat(page.select("#first-response .intro").text()).isEqualTo(hostile);
                assertThat(page.select("[onerror], img[src=x]")).isEmpty();
                assertThat(structuredData(page).get(0).get("mainEntity").get("description").asString()).isEqualTo(hostile);

                var reader = context.browser().newContext().newPage();
                reader.navigate(server.url("authors/elena-marsh"));
                reader.waitForFunction("() => !document.getElementById('first-response')");
                assertThat(reader.getByText(hostile)).isVisible();
                assertThat(reader.evaluate("() => window.pwned === undefined")).isEqualTo(true);
                reader.context().close();
            } finally {
                bio.fill(before);
                editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save bio")).click();
                assertThat(editor.getByText("Saved: readers see it on your author page").first()).isVisible();
            }
        });
    }

    private static JsonNode structuredData(Document page) {
        return JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").first().data());
    }

    private static List<String> crumbs(JsonNode breadcrumbs) {
        assertThat(breadcrumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
        var items = new java.util.ArrayList<String>();
        breadcrumbs.get("itemListElement").forEach(item -> items.add(item.get("item").asString()));
        return items;
    }
}
