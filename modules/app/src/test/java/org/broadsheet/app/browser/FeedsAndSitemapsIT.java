package org.broadsheet.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * What machines read besides the pages: the Atom feed, the sitemaps and robots.txt. Each is parsed as its
 * readers parse it (ROME, an XML parser), answers 304 when nothing changed, and starts no session.
 */
class FeedsAndSitemapsIT extends OnSharedServer {

    private static final String DEMO_ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void the_site_feed_is_atom_with_the_latest_articles_newest_first() throws Exception {
        var answer = fetch("feed");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        var feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(answer.body())));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getTitle()).isNotBlank();
        assertThat(feed.getEntries()).extracting(SyndEntry::getLink).contains(server.url(DEMO_ARTICLE));
        var published = feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
        assertThat(published).isSortedAccordingTo((newer, older) -> older.compareTo(newer));
        assertThat(feed.getEntries()).allSatisfy(entry -> assertThat(entry.getAuthors()).isNotEmpty());
    }

    @Test
    void feeds_and_sitemaps_answer_304_while_nothing_changed() throws Exception {
        for (var path : List.of("feed", "sitemap.xml", "news-sitemap.xml")) {
            var first = fetch(path);
            var etag = first.headers().firstValue("ETag").orElseThrow();
            var again = HTTP.send(HttpRequest.newBuilder(server.uri(path)).header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(again.statusCode()).as(path).isEqualTo(304);
            assertThat(first.headers().firstValue("Cache-Control")).as(path).hasValueSatisfying(
                    cache -> assertThat(cache).startsWith("public"));
        }
    }

    @Test
    void the_sitemap_lists_the_front_page_the_listing_pages_and_the_published_articles() throws Exception {
        var answer = fetch("sitemap.xml");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(texts(answer.body(), "http://www.sitemaps.org/schemas/sitemap/0.9", "loc"))
                .contains(server.url(""), server.url(DEMO_ARTICLE), server.url("sections/analysis"),
                        server.url("topics/east-asia"), server.url("authors/elena-marsh"), server.url("speakers/park-ji-won"))
                .doesNotContain(server.url("authors/rui-reader"))
                .noneMatch(loc -> loc.contains("/admin") || loc.contains("/login"));
    }

    @Test
    void a_sitemap_page_that_is_not_there_is_a_plain_not_found() throws Exception {
        for (var page : List.of("0", "-1", "2", "abc", "99999999999")) {
            var answer = fetch("sitemap.xml?page=" + page);
            assertThat(answer.statusCode()).as(page).isEqualTo(404);
            assertThat(new String(answer.body())).as(page).doesNotContain("Exception", "\tat ");
        }
    }

    @Test
    void robots_txt_keeps_crawlers_out_of_the_back_office_and_names_the_sitemaps() throws Exception {
        var robots = new String(fetch("robots.txt").body());

        assertThat(robots).contains("User-agent: *", "Disallow: /admin", "Disallow: /login",
                "Sitemap: " + server.url("sitemap.xml"), "Sitemap: " + server.url("news-sitemap.xml"));
    }

    @Test
    void every_reading_page_names_the_sites_feed() throws Exception {
        for (var path : List.of("", DEMO_ARTICLE)) {
            var page = Jsoup.parse(new String(fetch(path).body()));
            assertThat(page.select("link[rel=alternate][type=application/atom+xml]").attr("href")).as(path)
                    .isEqualTo(server.url("feed"));
        }
    }


    private static List<String> texts(byte[] xml, String namespace, String element) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var nodes = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getElementsByTagNameNS(namespace, element);
        var texts = new ArrayList<String>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
