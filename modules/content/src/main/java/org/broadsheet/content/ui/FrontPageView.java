package org.broadsheet.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Optional;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.PageHead;
import org.broadsheet.shared.ui.ReadingView;
import org.broadsheet.shared.ui.StaticHtml;

/** The front page: published articles, newest first, twenty to a page ({@code ?page=2} and on). */
// A plain element rather than a Div: see ArticleView.
@Tag(Tag.DIV)
@Dependent
@Route("")
public class FrontPageView extends Component
        implements HasComponents, HasStyle, BeforeEnterObserver, HasDynamicTitle, ReadingView {

    // Looked up once: JsonProvider.provider() searches the class path on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private final ArticleLists lists;
    private final Site site;

    @Inject
    public FrontPageView(ArticleLists lists, Site site) {
        this.lists = lists;
        this.site = site;
        addClassName("front-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!show(event.getLocation().getQueryParameters(), StaticHtml.Parts.entering(event))) {
            event.rerouteToError(NotFoundException.class, "There is no such page of articles.");
        }
    }

    @Override
    public Optional<PageHead> showFirstResponse(RouteParameters parameters, QueryParameters query) {
        if (!show(query, StaticHtml.Parts.forFirstResponse())) {
            return Optional.empty();
        }
        var number = pageNumber(query).orElseThrow();
        var canonical = number == 1 ? "" : "?page=" + number;
        var description = "The latest news and analysis from " + site.name() + ".";
        var structuredData = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "WebSite")
                .add("name", site.name())
                .build()
                .toString();
        return Optional.of(new PageHead(getPageTitle(), description, canonical, "website", List.of(), structuredData));
    }

    private boolean show(QueryParameters query, StaticHtml.Parts parts) {
        removeAll();
        var page = pageNumber(query).map(number -> lists.page(ArticleLists.Listing.frontPage(), number))
                .flatMap(ArticleLists.ListPage::html);
        page.ifPresent(html -> add(parts.of("front-page", html)));
        return page.isPresent();
    }

    /** Page 1 without a parameter; anything but a positive number is no page at all. */
    static Optional<Integer> pageNumber(QueryParameters query) {
        var values = query.getParameters().getOrDefault("page", List.of());
        if (values.isEmpty()) {
            return Optional.of(1);
        }
        if (values.size() > 1 || !values.getFirst().matches("[1-9][0-9]{0,5}")) {
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(values.getFirst()));
    }

    @Override
    public String getPageTitle() {
        return site.name();
    }
}
