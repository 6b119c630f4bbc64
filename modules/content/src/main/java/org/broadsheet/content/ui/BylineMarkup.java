package org.broadsheet.content.ui;

import java.time.Instant;
import org.broadsheet.shared.Dateline;
import org.jsoup.nodes.Element;

/** "By Elena Marsh · 28 November 2026", as teasers and articles print it, with a machine-readable date. */
final class BylineMarkup {

    private BylineMarkup() {
    }

    static void appendTo(Element parent, String byline, Instant published) {
        var line = parent.appendElement("p").addClass("byline");
        line.appendElement("span").text("By " + byline);
        line.appendText(" · ");
        line.appendElement("time").attr("datetime", String.valueOf(published)).text(Dateline.day(published));
    }
}
