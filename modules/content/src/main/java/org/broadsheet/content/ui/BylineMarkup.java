package org.broadsheet.content.ui;

import java.time.Instant;
import org.broadsheet.people.Author;
import org.broadsheet.shared.Dateline;
import org.jsoup.nodes.Element;

/** "By Elena Marsh · 28 November 2026", as teasers and articles print it: the name links to the author's page,
 * the date is machine-readable. */
final class BylineMarkup {

    private BylineMarkup() {
    }

    static void appendTo(Element parent, Author byline, Instant published) {
        var line = parent.appendElement("p").addClass("byline");
        var by = line.appendElement("span").text("By ");
        if (byline.hasPage()) {
            ArticleLists.readingLink(by, "authors/" + byline.slug(), byline.name()).attr("rel", "author");
        } else {
            by.appendText(byline.name());
        }
        line.appendText(" · ");
        line.appendElement("time").attr("datetime", String.valueOf(published)).text(Dateline.day(published));
    }
}
