package org.broadsheet.content.ui;

import org.broadsheet.content.Hero;
import org.broadsheet.content.Picture;
import org.jsoup.nodes.Element;

/**
 * A picture as pages print it: every width it is kept at, so the browser fetches the one its screen needs, and its
 * size, so the text below does not jump when it arrives.
 */
final class PictureMarkup {

    /** The reading column is at most 46 rem wide; on a phone the picture takes the screen's width. */
    static final String COLUMN_WIDE = "(max-width: 46rem) 100vw, 46rem";

    private PictureMarkup() {
    }

    static Element appendImg(Element parent, Hero hero) {
        return appendImg(parent, hero.picture(), hero.alt(), COLUMN_WIDE);
    }

    /** {@code sizes} tells the browser how wide the picture is shown, so it can pick a width before layout. */
    static Element appendImg(Element parent, Picture picture, String alt, String sizes) {
        var widths = picture.widths();
        return parent.appendElement("img")
                // Browsers without srcset get the middle width: sharp enough in a column, not a phone's whole budget.
                .attr("src", picture.path(widths.get(widths.size() > 1 ? 1 : 0)))
                .attr("srcset", picture.srcset())
                .attr("sizes", sizes)
                .attr("width", String.valueOf(picture.width()))
                .attr("height", String.valueOf(picture.height()))
                .attr("alt", alt);
    }
}
