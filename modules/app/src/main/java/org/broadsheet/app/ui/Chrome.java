package org.broadsheet.app.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.MarkupCache;
import org.jsoup.nodes.Document;

/**
 * The masthead (the site's links, then its sections) and footer of the public pages, rendered once per site name
 * and shared by every reader.
 * Links to reading pages load the whole page ({@code router-ignore}), so each arrives complete.
 */
@ApplicationScoped
class Chrome {

    private record Masthead(String siteName, Visitor visitor) {
    }

    @Inject
    Site site;

    @Inject
    PublishedArticles articles;

    private final MarkupCache<Masthead, String> mastheads = new MarkupCache<>(Duration.ofMinutes(1), 8);
    private final MarkupCache<String, String> footers = new MarkupCache<>(Duration.ofMinutes(1), 8);

    /** Who the masthead is for: everyone not signed in shares one; the signed in get links to their account. */
    enum Visitor {
        ANONYMOUS, READER, STAFF
    }

    String masthead(Visitor visitor) {
        var name = site.name();
        return mastheads.get(new Masthead(name, visitor), () -> {
            var document = newDocument();
            var header = document.appendElement("header").addClass("site-header");
            header.appendElement("a").addClass("masthead").attr("href", ".").attr("router-ignore", true).text(name);
            var nav = header.appendElement("nav").attr("aria-label", "Site");
            nav.appendElement("a").attr("href", ".").attr("router-ignore", true).text("Front page");
            nav.appendElement("a").attr("href", "search").attr("router-ignore", true).text("Search");
            if (visitor == Visitor.STAFF) {
                nav.appendElement("a").attr("href", "admin").text("Back office");
            }
            if (visitor == Visitor.ANONYMOUS) {
                nav.appendElement("a").attr("href", "login").text("Sign in");
            } else {
                nav.appendElement("a").attr("href", "account").text("Your account");
            }
            var sections = header.appendElement("nav").addClass("sections").attr("aria-label", "Sections");
            articles.sections().forEach(section -> sections.appendElement("a").attr("href", "sections/" + section.slug())
                    .attr("router-ignore", true).text(section.name()));
            return header.outerHtml();
        });
    }

    String footer() {
        var name = site.name();
        return footers.get(name, () -> {
            var footer = newDocument().appendElement("footer").addClass("site-footer");
            footer.appendElement("div").text("© " + name + ". Comments are moderated before they appear.");
            return footer.outerHtml();
        });
    }

    private static Document newDocument() {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document;
    }
}
