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
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.AttributedQuote;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SpeakerProfile;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.PageHead;
import org.broadsheet.shared.ui.ReadingView;
import org.broadsheet.shared.ui.StaticHtml;
import org.jsoup.nodes.Document;

/**
 * A speaker's page at {@code /speakers/{slug}}: who they are now, then everything published articles quote them
 * saying, newest article first, each quote with the role they had then and a link to its article. Twenty to a
 * page. Quote attributions in articles link here.
 */
// A plain element rather than a Div: see ArticleView.
@Tag(Tag.DIV)
@Dependent
@Route("speakers/:slug")
public class SpeakerView extends Component
        implements HasComponents, HasStyle, BeforeEnterObserver, HasDynamicTitle, ReadingView {

    static final int PAGE_SIZE = 20;

    private final PublishedArticles articles;
    private final Site site;
    private String title = "";

    @Inject
    public SpeakerView(PublishedArticles articles, Site site) {
        this.articles = articles;
        this.site = site;
        addClassName("front-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var speaker = speakerAt(event.getRouteParameters());
        if (speaker.isEmpty()
                || !show(speaker.get(), event.getLocation().getQueryParameters(), StaticHtml.Parts.entering(event))) {
            event.rerouteToError(NotFoundException.class, "There is no such speaker, or no such page of their quotes.");
        }
    }

    @Override
    public Optional<PageHead> showFirstResponse(RouteParameters parameters, QueryParameters query) {
        var speaker = speakerAt(parameters);
        if (speaker.isEmpty() || !show(speaker.get(), query, StaticHtml.Parts.forFirstResponse())) {
            return Optional.empty();
        }
        var found = speaker.get();
        var address = "speakers/" + found.slug();
        var number = FrontPageView.pageNumber(query).orElseThrow();
        var person = ArticleListView.JSON.createObjectBuilder().add("@type", "Person").add("name", found.name());
        if (!found.description().isBlank()) {
            person.add("description", found.description());
        }
        if (found.link() != null) {
            person.add("sameAs", found.link());
        }
        var structuredData = ArticleListView.JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "ProfilePage")
                .add("name", title)
                .add("mainEntity", person)
                .build()
                .toString();
        var description = "What " + found.name() + (found.description().isBlank() ? "" : ", " + found.description())
                + ", has said, as quoted by " + site.name() + ".";
        return Optional.of(new PageHead(title, description, number == 1 ? address : address + "?page=" + number,
                "profile", List.of(), structuredData)
                .withBreadcrumbs(List.of(new PageHead.Crumb(site.name(), ""), new PageHead.Crumb(found.name(), address))));
    }

    private Optional<SpeakerProfile> speakerAt(RouteParameters parameters) {
        return parameters.get("slug").flatMap(articles::speaker);
    }

    private boolean show(SpeakerProfile speaker, QueryParameters query, StaticHtml.Parts parts) {
        removeAll();
        title = speaker.name() + " — " + site.name();
        var number = FrontPageView.pageNumber(query);
        if (number.isEmpty()) {
            return false;
        }
        // One more than a page tells whether an older page exists without counting.
        var quotes = articles.quotesBy(speaker.slug(), (number.get() - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        if (quotes.isEmpty() && number.get() > 1) {
            return false;
        }
        add(parts.of("speaker-page", render(speaker, quotes, number.get())));
        return true;
    }

    private static String render(SpeakerProfile speaker, List<AttributedQuote> quotes, int number) {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var root = document.appendElement("div").addClass("front-page-content").addClass("speaker");
        root.appendElement("h1").text(speaker.name());
        if (!speaker.description().isBlank()) {
            root.appendElement("p").addClass("intro").text(speaker.description());
        }
        if (speaker.link() != null) {
            // An address an editor gave (only http and https are accepted), leaving the site.
            root.appendElement("p").addClass("speaker-link").appendElement("a").attr("href", speaker.link())
                    .attr("rel", "noopener").text("More about " + speaker.name());
        }
        var list = root.appendElement("section").addClass("quotes").attr("aria-label", "Quotes");
        for (var quote : quotes.stream().limit(PAGE_SIZE).toList()) {
            var figure = list.appendElement("figure").addClass("quote");
            var said = figure.appendElement("blockquote");
            quote.text().lines().filter(line -> !line.isBlank()).forEach(line -> said.appendElement("p").text(line));
            var caption = figure.appendElement("figcaption");
            if (!quote.role().isBlank()) {
                caption.appendText(quote.role() + ", in ");
            } else {
                caption.appendText("In ");
            }
            ArticleLists.readingLink(caption, "articles/" + quote.articleSlug(), quote.articleHeadline());
            caption.appendText(" · ");
            caption.appendElement("time").attr("datetime", quote.publishedAt().toString())
                    .text(Dateline.day(quote.publishedAt()));
        }
        var pager = root.appendElement("nav").addClass("pager").attr("aria-label", "More quotes");
        var address = "speakers/" + speaker.slug();
        if (number > 1) {
            ArticleLists.readingLink(pager, number == 2 ? address : address + "?page=" + (number - 1), "Newer quotes")
                    .attr("rel", "prev");
        }
        if (quotes.size() > PAGE_SIZE) {
            ArticleLists.readingLink(pager, address + "?page=" + (number + 1), "Older quotes").attr("rel", "next");
        }
        return root.outerHtml();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
