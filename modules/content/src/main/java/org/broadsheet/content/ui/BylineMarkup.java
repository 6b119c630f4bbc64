package org.broadsheet.content.ui;

import java.time.Instant;
import java.util.List;
import org.broadsheet.people.Author;
import org.broadsheet.shared.Dateline;
import org.jsoup.nodes.Element;

/**
 * "By Elena Marsh and Tom Lee · 28 November 2026", as teasers and articles print it: each name links to its
 * author's page, the date is machine-readable.
 */
final class BylineMarkup {

    private BylineMarkup() {
    }

    static Element appendTo(Element parent, List<Author> bylines, Instant published) {
        var line = parent.appendElement("p").addClass("byline");
        var by = line.appendElement("span").text("By ");
        for (int i = 0; i < bylines.size(); i++) {
            if (i > 0) {
                by.appendText(i == bylines.size() - 1 ? " and " : ", ");
            }
            var byline = bylines.get(i);
            if (byline.hasPage()) {
                ArticleLists.readingLink(by, "authors/" + byline.slug(), byline.name()).attr("rel", "author");
            } else {
                by.appendText(byline.name());
            }
        }
        line.appendText(" · ");
        line.appendElement("time").attr("datetime", String.valueOf(published)).text(Dateline.day(published));
        return line;
    }

    /** The names alone, as the byline prints them: "Elena Marsh, Tom Lee and Ana Ruiz". */
    static String names(List<Author> bylines) {
        var names = bylines.stream().map(Author::name).toList();
        return names.size() < 2 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
