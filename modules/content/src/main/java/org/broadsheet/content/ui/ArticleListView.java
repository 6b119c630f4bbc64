package org.broadsheet.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.Optional;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.PageHead;
import org.broadsheet.shared.ui.ReadingView;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * A page of one part of the newsroom's articles at {@code /{kind}/{slug}}: a section's, a topic's, an author's.
 * Newest first, twenty to a page, with the part's own Atom feed; unknown slugs and pages past the last are 404s.
 * Each kind says only what it lists and how it describes itself.
 */
abstract class ArticleListView extends Component
        implements HasComponents, HasStyle, BeforeEnterObserver, HasDynamicTitle, ReadingView {

    // Looked up once: JsonProvider.provider() searches the class path on every call.
    static final JsonProvider JSON = JsonProvider.provider();

    /**
     * What the page lists and says about it: a meta description, the schema.org thing it is about (a
     * {@code Person} for an author, a {@code Thing} otherwise).
     */
    record Subject(ArticleLists.Listing listing, String kind, String description, JsonObject about) {
    }

    private final ArticleLists lists;
    final Site site;
    private String title = "";

    ArticleListView(ArticleLists lists, Site site) {
        this.lists = lists;
        this.site = site;
        addClassName("front-page");
    }

    /** What is at the address, or empty when nothing is. */
    abstract Optional<Subject> subjectAt(String slug);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var subject = subjectAt(event.getRouteParameters());
        if (subject.isEmpty()
                || !show(subject.get(), event.getLocation().getQueryParameters(), StaticHtml.Parts.entering(event))) {
            event.rerouteToError(NotFoundException.class, "There is nothing at this address, or no such page of it.");
        }
    }

    @Override
    public Optional<PageHead> showFirstResponse(RouteParameters parameters, QueryParameters query) {
        var subject = subjectAt(parameters);
        if (subject.isEmpty() || !show(subject.get(), query, StaticHtml.Parts.forFirstResponse())) {
            return Optional.empty();
        }
        var listing = subject.get().listing();
        var number = FrontPageView.pageNumber(query).orElseThrow();
        // A person's page is their profile (schema.org and Open Graph agree); any other list is a collection.
        var profile = "Person".equals(subject.get().about().getString("@type"));
        var structuredData = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", profile ? "ProfilePage" : "CollectionPage")
                .add("name", title)
                .add(profile ? "mainEntity" : "about", subject.get().about())
                .build()
                .toString();
        var head = new PageHead(title, subject.get().description(),
                number == 1 ? listing.address() : listing.address() + "?page=" + number,
                profile ? "profile" : "website", List.of(), structuredData, listing.feedPath());
        head = head.withBreadcrumbs(List.of(new PageHead.Crumb(site.name(), ""),
                new PageHead.Crumb(listing.heading(), listing.address())));
        var portrait = listing.portrait();
        return Optional.of(portrait == null ? head : head.withPicture(new PageHead.Picture(portrait.largestPath(),
                portrait.width(), portrait.height(), listing.heading())));
    }

    private Optional<Subject> subjectAt(RouteParameters parameters) {
        return parameters.get("slug").flatMap(this::subjectAt);
    }

    private boolean show(Subject subject, QueryParameters query, StaticHtml.Parts parts) {
        removeAll();
        title = subject.listing().heading() + " — " + site.name();
        var page = FrontPageView.pageNumber(query)
                .map(number -> lists.page(subject.listing(), number))
                .flatMap(ArticleLists.ListPage::html);
        page.ifPresent(html -> add(parts.of(subject.kind() + "-page", html)));
        return page.isPresent();
    }

    /** schema.org's plain {@code Thing} with a name: what a section or topic page is about. */
    static JsonObject thing(String name) {
        return JSON.createObjectBuilder().add("@type", "Thing").add("name", name).build();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
