package org.broadsheet.content.ui;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.ArticleTeaser;
import org.broadsheet.people.Accounts;

/**
 * The site's Atom feed at {@code /feed}, and each section's, topic's and author's ({@code /feed?section={slug}},
 * {@code ?topic=}, {@code ?author=}): the latest published
 * articles, newest first, each with its headline, standfirst, byline and dates, linking to the article. Written
 * by ROME, which escapes every piece of text.
 */
@WebServlet(urlPatterns = "/feed")
public class SiteFeed extends HttpServlet {

    static final int ENTRIES = 50;

    @Inject
    Syndication syndication;

    @Inject
    Accounts accounts;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var listing = listingAsked(request);
        if (listing.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such section, topic or author.");
            return;
        }
        var list = listing.get();
        var latest = syndication.articles().latest(list.filter(), 0, ENTRIES);
        var updated = latest.stream().map(ArticleTeaser::updatedAt).max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        if (Syndication.notModified(request, response, updated)) {
            return;
        }
        var base = syndication.baseUrl(request);
        var page = base + list.address();
        var feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle((list.address().isEmpty() ? "" : list.heading() + " — ") + syndication.siteName());
        feed.setUri(page);
        feed.setLink(page);
        feed.setPublishedDate(Date.from(updated));
        var self = new SyndLinkImpl();
        self.setRel("self");
        self.setType("application/atom+xml");
        self.setHref(base + list.feedPath());
        var alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(page);
        feed.setLinks(List.of(self, alternate));
        feed.setEntries(latest.stream().map(article -> entry(base, article)).toList());
        try {
            Syndication.send(request, response, "application/atom+xml", new SyndFeedOutput().outputString(feed));
        } catch (FeedException unwritable) {
            throw new IOException("The feed could not be written", unwritable);
        }
    }

    /**
     * The whole site's list, or the section's, topic's or author's the address names ({@code ?section=},
     * {@code ?topic=}, {@code ?author=}, the first of these given); empty when it names one that is not there.
     */
    private Optional<ArticleLists.Listing> listingAsked(HttpServletRequest request) {
        var articles = syndication.articles();
        if (request.getParameter("section") != null) {
            return articles.section(request.getParameter("section")).map(ArticleLists.Listing::section);
        }
        if (request.getParameter("topic") != null) {
            return articles.topic(request.getParameter("topic")).map(ArticleLists.Listing::topic);
        }
        if (request.getParameter("author") != null) {
            return accounts.author(request.getParameter("author")).map(profile -> ArticleLists.Listing.author(profile, null));
        }
        return Optional.of(ArticleLists.Listing.frontPage());
    }

    private static SyndEntry entry(String base, ArticleTeaser article) {
        var entry = new SyndEntryImpl();
        var link = base + "articles/" + article.slug();
        entry.setTitle(article.headline());
        entry.setLink(link);
        entry.setUri(link);
        entry.setPublishedDate(Date.from(article.publishedAt()));
        entry.setUpdatedDate(Date.from(article.updatedAt()));
        entry.setAuthors(article.bylines().stream().map(byline -> {
            var author = new SyndPersonImpl();
            author.setName(byline.name());
            if (byline.hasPage()) {
                author.setUri(base + "authors/" + byline.slug());
            }
            return (SyndPerson) author;
        }).toList());
        if (!article.standfirst().isBlank()) {
            var summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(article.standfirst());
            entry.setDescription(summary);
        }
        return entry;
    }
}
