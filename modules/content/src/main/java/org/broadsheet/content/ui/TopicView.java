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
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.TopicRef;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.PageHead;
import org.broadsheet.shared.ui.ReadingView;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * A topic's page at {@code /topics/{slug}}: its published articles, newest first, twenty to a page, with the
 * topic's own Atom feed ({@code /feed?topic={slug}}). Articles link here from their list of topics.
 */
// A plain element rather than a Div: see ArticleView.
@Tag(Tag.DIV)
@Dependent
@Route("topics/:slug")
public class TopicView extends Component
        implements HasComponents, HasStyle, BeforeEnterObserver, HasDynamicTitle, ReadingView {

    // Looked up once: JsonProvider.provider() searches the class path on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

    private final ArticleLists lists;
    private final PublishedArticles articles;
    private final Site site;
    private String title = "";

    @Inject
    public TopicView(ArticleLists lists, PublishedArticles articles, Site site) {
        this.lists = lists;
        this.articles = articles;
        this.site = site;
        addClassName("front-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var topic = topicAt(event.getRouteParameters());
        if (topic.isEmpty() || !show(topic.get(), event.getLocation().getQueryParameters(), StaticHtml.Parts.entering(event))) {
            event.rerouteToError(NotFoundException.class, "There is no such topic, or no such page of it.");
        }
    }

    @Override
    public Optional<PageHead> showFirstResponse(RouteParameters parameters, QueryParameters query) {
        var topic = topicAt(parameters);
        if (topic.isEmpty() || !show(topic.get(), query, StaticHtml.Parts.forFirstResponse())) {
            return Optional.empty();
        }
        var number = FrontPageView.pageNumber(query).orElseThrow();
        var address = "topics/" + topic.get().slug();
        var description = "News and analysis about " + topic.get().name() + " from " + site.name() + ".";
        var structuredData = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "CollectionPage")
                .add("name", title)
                .add("about", JSON.createObjectBuilder().add("@type", "Thing").add("name", topic.get().name()))
                .build()
                .toString();
        return Optional.of(new PageHead(title, description, number == 1 ? address : address + "?page=" + number,
                "website", List.of(), structuredData, "feed?topic=" + topic.get().slug()));
    }

    private Optional<TopicRef> topicAt(RouteParameters parameters) {
        return parameters.get("slug").flatMap(articles::topic);
    }

    private boolean show(TopicRef topic, QueryParameters query, StaticHtml.Parts parts) {
        removeAll();
        title = topic.name() + " — " + site.name();
        var page = FrontPageView.pageNumber(query)
                .map(number -> lists.page(ArticleLists.Listing.topic(topic), number))
                .flatMap(ArticleLists.ListPage::html);
        page.ifPresent(html -> add(parts.of("topic-page", html)));
        return page.isPresent();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
