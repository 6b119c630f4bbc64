package org.broadsheet.shared.ui;

import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;

/**
 * A view any reader may open: front page, article, and every reading page added later. Its first HTTP
 * response carries the complete page (crawlers and link previews run no script, and a reader should not
 * wait three round trips to read), then Vaadin takes over in the browser.
 * <p>
 * The same view class builds both: the application creates it without a UI, calls
 * {@link #showFirstResponse}, and sends the component tree as HTML, with no HTTP session and no UI on
 * the server; the browser then starts the live view, whose {@link StaticHtml} parts take over what the
 * first response already shows. A reading view must therefore not need a UI to be built, and must link to
 * other reading pages with plain anchors marked {@code router-ignore}, so each one arrives complete.
 */
public interface ReadingView {

    /**
     * Fills this view, detached from any UI, with what the address shows.
     *
     * @return the page's head (its status 410 for a page taken down on purpose), or empty when nothing is at this
     *         address (the reader gets a 404 page)
     */
    Optional<PageHead> showFirstResponse(RouteParameters parameters, QueryParameters query);
}
