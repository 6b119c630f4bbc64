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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SearchResults;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.PageHead;
import org.broadsheet.shared.ui.ReadingView;
import org.broadsheet.shared.ui.StaticHtml;
import org.jsoup.nodes.Document;

/**
 * The search page at {@code /search?q=…&page=…}: a plain form (it works with no script at all) and the articles
 * that match, best first, twenty to a page, each with the passage where the words were found. Any text is a
 * query: nothing a reader types is refused (see {@link PublishedArticles#search}).
 */
// A plain element rather than a Div: see ArticleView.
@Tag(Tag.DIV)
@Dependent
@Route("search")
public class SearchView extends Component
        implements HasComponents, HasStyle, BeforeEnterObserver, HasDynamicTitle, ReadingView {

    static final int PAGE_SIZE = 20;

    private final PublishedArticles articles;
    private final Site site;
    private String title = "";

    @Inject
    public SearchView(PublishedArticles articles, Site site) {
        this.articles = articles;
        this.site = site;
        addClassName("front-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!show(event.getLocation().getQueryParameters(), StaticHtml.Parts.entering(event))) {
            event.rerouteToError(NotFoundException.class, "There is no such page of results.");
        }
    }

    @Override
    public Optional<PageHead> showFirstResponse(RouteParameters parameters, QueryParameters query) {
        if (!show(query, StaticHtml.Parts.forFirstResponse())) {
            return Optional.empty();
        }
        var text = queryText(query);
        var address = text.isBlank() ? "search" : "search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
        return Optional.of(new PageHead(title, "Search the news and analysis of " + site.name() + ".", address,
                "website", List.of(), ""));
    }

    private boolean show(QueryParameters query, StaticHtml.Parts parts) {
        removeAll();
        var number = FrontPageView.pageNumber(query);
        if (number.isEmpty()) {
            return false;
        }
        var text = queryText(query);
        var results = text.isBlank() ? Optional.<SearchResults>empty()
                : Optional.of(articles.search(text, (number.get() - 1) * PAGE_SIZE, PAGE_SIZE));
        if (number.get() > 1 && results.map(found -> found.hits().isEmpty()).orElse(true)) {
            return false;
        }
        title = (text.isBlank() ? "Search" : "Search: " + results.get().searched()) + " — " + site.name();
        add(parts.of("search-page", render(text, results, number.get())));
        return true;
    }

    private static String queryText(QueryParameters query) {
        return query.getParameters().getOrDefault("q", List.of()).stream().findFirst().orElse("");
    }

    private static String render(String text, Optional<SearchResults> results, int number) {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var root = document.appendElement("div").addClass("front-page-content").addClass("search-page");
        root.appendElement("h1").text("Search");
        var form = root.appendElement("form").attr("action", "search").attr("method", "get").attr("role", "search");
        form.appendElement("label").attr("for", "search-text").text("Search the articles");
        form.appendElement("input").attr("id", "search-text").attr("type", "search").attr("name", "q")
                .attr("maxlength", String.valueOf(SearchResults.MAX_QUERY_LENGTH))
                .attr("value", results.map(SearchResults::searched).orElse(text));
        form.appendElement("button").attr("type", "submit").text("Search");
        if (results.isEmpty()) {
            root.appendElement("p").addClass("search-summary")
                    .text("Type a few words: \"quoted words\" find a phrase, and -word leaves out articles with it.");
            return root.outerHtml();
        }
        var found = results.get();
        var summary = root.appendElement("p").addClass("search-summary").attr("role", "status");
        summary.text(found.total() == 0 ? "No article matches “" + found.searched() + "”."
                : found.total() + (found.total() == 1 ? " article matches “" : " articles match “") + found.searched() + "”.");
        if (found.shortened()) {
            root.appendElement("p").addClass("search-summary")
                    .text("Only the first " + SearchResults.MAX_QUERY_LENGTH + " characters were searched.");
        }
        var list = root.appendElement("section").addClass("teasers").attr("aria-label", "Results");
        // The snippet is escaped text with <mark> around the words found (see SearchResults.Hit).
        found.hits().forEach(hit -> ArticleLists.appendTeaser(list, hit.article())
                .appendElement("p").addClass("snippet").append(hit.snippetHtml()));
        var pager = root.appendElement("nav").addClass("pager").attr("aria-label", "More results");
        var address = "search?q=" + URLEncoder.encode(found.searched(), StandardCharsets.UTF_8);
        if (number > 1) {
            ArticleLists.readingLink(pager, number == 2 ? address : address + "&page=" + (number - 1), "Better matches")
                    .attr("rel", "prev");
        }
        if ((long) number * PAGE_SIZE < found.total()) {
            ArticleLists.readingLink(pager, address + "&page=" + (number + 1), "More results").attr("rel", "next");
        }
        return root.outerHtml();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
