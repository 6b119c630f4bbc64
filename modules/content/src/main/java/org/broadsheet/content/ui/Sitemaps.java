package org.broadsheet.content.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.broadsheet.content.ArticleAddress;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleTeaser;

/**
 * {@code /sitemap.xml}: every published article, the front page and the pages that list articles (sections,
 * topics, authors, speakers), for search engines. A site with more
 * articles than one sitemap may list ({@value #PER_SITEMAP}) gets a sitemap index instead, whose pages are
 * {@code /sitemap.xml?page=N}. {@code /news-sitemap.xml}: what was published in the last two days, with the
 * headline and date news search engines ask for.
 */
@WebServlet(urlPatterns = {"/sitemap.xml", "/news-sitemap.xml"})
public class Sitemaps extends HttpServlet {

    /** Articles per sitemap: a sitemap may list 50,000 addresses, and the first also lists the listing pages. */
    static final int PER_SITEMAP = 45_000;

    /** Topics, authors and speakers listed at most, each: the first sitemap stays under 50,000 addresses. */
    static final int LISTINGS_EACH = 1_000;
    static final Duration NEWS = Duration.ofHours(48);
    private static final int NEWS_MAX = 1_000; // the most a news sitemap may list

    @Inject
    Syndication syndication;

    Clock clock = Clock.systemUTC();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var base = syndication.baseUrl(request);
        if (request.getServletPath().equals("/news-sitemap.xml")) {
            news(base, request, response);
            return;
        }
        var pages = pages(syndication.articles().countPublished(), PER_SITEMAP);
        var page = request.getParameter("page");
        if (page == null && pages > 1) {
            index(base, pages, request, response);
            return;
        }
        var number = page == null ? 1 : pageNumber(page, pages);
        if (number < 1) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such page of the sitemap.");
            return;
        }
        var listed = syndication.articles().addresses((number - 1) * PER_SITEMAP, PER_SITEMAP);
        if (Syndication.notModified(request, response, listed.stream().map(ArticleAddress::updatedAt)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH))) {
            return;
        }
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        if (number == 1) {
            xml.append("<url><loc>").append(xml(base)).append("</loc><changefreq>hourly</changefreq></url>\n");
            var articles = syndication.articles();
            var listings = new ArrayList<String>();
            articles.sections().forEach(section -> listings.add("sections/" + section.slug()));
            articles.topicSlugs(LISTINGS_EACH).forEach(slug -> listings.add("topics/" + slug));
            articles.authorSlugs(LISTINGS_EACH).forEach(slug -> listings.add("authors/" + slug));
            articles.speakerSlugs(LISTINGS_EACH).forEach(slug -> listings.add("speakers/" + slug));
            for (var listing : listings) {
                xml.append("<url><loc>").append(xml(base + listing)).append("</loc><changefreq>daily</changefreq></url>\n");
            }
        }
        for (var article : listed) {
            xml.append("<url><loc>").append(xml(base + "articles/" + article.slug())).append("</loc><lastmod>")
                    .append(article.updatedAt()).append("</lastmod></url>\n");
        }
        Syndication.send(request, response, "application/xml", xml.append("</urlset>\n").toString());
    }

    private void index(String base, int pages, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (int page = 1; page <= pages; page++) {
            xml.append("<sitemap><loc>").append(xml(base + "sitemap.xml?page=" + page)).append("</loc></sitemap>\n");
        }
        response.setHeader("Cache-Control", "public, max-age=60, s-maxage=60");
        Syndication.send(request, response, "application/xml", xml.append("</sitemapindex>\n").toString());
    }

    private void news(String base, HttpServletRequest request, HttpServletResponse response) throws IOException {
        var since = clock.instant().minus(NEWS);
        var recent = syndication.articles().latest(ArticleFilter.since(since), 0, NEWS_MAX);
        if (Syndication.notModified(request, response, newest(recent))) {
            return;
        }
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">\n");
        for (var article : recent) {
            xml.append("<url><loc>").append(xml(base + "articles/" + article.slug())).append("</loc><news:news>")
                    .append("<news:publication><news:name>").append(xml(syndication.siteName())).append("</news:name>")
                    .append("<news:language>en</news:language></news:publication>")
                    .append("<news:publication_date>").append(article.publishedAt()).append("</news:publication_date>")
                    .append("<news:title>").append(xml(article.headline())).append("</news:title>")
                    .append("</news:news></url>\n");
        }
        Syndication.send(request, response, "application/xml", xml.append("</urlset>\n").toString());
    }

    /** How many sitemaps {@code total} articles need (one at least: the front page is always listed). */
    static int pages(long total, int perSitemap) {
        return (int) Math.max(1, (total + perSitemap - 1) / perSitemap);
    }

    /** The page asked for, or 0 when it is not a number from 1 to {@code pages}. */
    static int pageNumber(String asked, int pages) {
        if (!asked.matches("[0-9]{1,9}")) {
            return 0;
        }
        var number = Integer.parseInt(asked);
        return number <= pages ? number : 0;
    }

    private static Instant newest(List<ArticleTeaser> listed) {
        return listed.stream().map(ArticleTeaser::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
    }

    static String xml(String text) {
        var escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> {
                    // XML 1.0 has no way to write most control characters; they carry nothing a reader sees.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }
}
