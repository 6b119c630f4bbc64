package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Topic pages: reached from an article's topics, complete in their first response, paged, with their own feed. */
class TopicPagesIT extends OnSharedServer {

    // Demo content: "Seoul and Tokyo…" is filed under East Asia and Diplomacy, "Europe's Grid…" under Energy and Europe.
    private static final String SEOUL = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String GRID = "articles/europes-grid-learns-to-live-with-cheap-sunshine";

    @Test
    void an_articles_topics_lead_to_topic_pages_that_arrive_complete() throws Exception {
        var article = Jsoup.parse(fetchText(SEOUL));
        assertThat(article.select("ul.topics a").eachAttr("href")).contains("topics/east-asia", "topics/diplomacy");

        var answer = fetch("topics/east-asia");
        var page = Jsoup.parse(new String(answer.body()));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.title()).isEqualTo("East Asia — The Broadsheet");
        assertThat(page.select("#first-response h1").text()).isEqualTo("East Asia");
        assertThat(page.select("#first-response .teaser h2 a").eachAttr("href")).contains(SEOUL).doesNotContain(GRID);
        assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(server.url("topics/east-asia"));
        assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href"))
                .isEqualTo(server.url("feed?topic=east-asia"));
        assertThat(page.select("script[type=application/ld+json]").first().data()).contains("CollectionPage");
    }

    @Test
    void unknown_topics_and_pages_past_the_last_are_plain_not_founds() throws Exception {
        for (var path : List.of("topics/no-such-topic", "topics/east-asia?page=abc", "topics/east-asia?page=0",
                "topics/east-asia?page=99", "feed?topic=no-such-topic")) {
            var answer = fetch(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(404);
            assertThat(new String(answer.body())).as(path).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void a_topics_feed_holds_its_articles_only() throws Exception {
        var answer = fetch("feed?topic=east-asia");
        var feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(answer.body())));

        assertThat(feed.getTitle()).isEqualTo("East Asia — The Broadsheet");
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).contains(server.url(SEOUL)).doesNotContain(server.url(GRID));
    }

    @Test
    void a_reader_follows_a_topic_from_an_article() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var page = context.newPage();
            page.navigate(server.url(SEOUL));
            page.waitForFunction("() => !document.getElementById('first-response')");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Diplomacy")).click();

            assertThat(page).hasURL(server.url("topics/diplomacy"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Diplomacy").setLevel(1))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Seoul and Tokyo Promise a Thaw, and the Region Takes Note"))).isVisible();
        });
    }
}
