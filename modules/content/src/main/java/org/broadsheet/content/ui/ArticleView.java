package org.broadsheet.content.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Slug;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.PageHead;
import org.broadsheet.shared.ui.ReadingView;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * One article: its text (shared by every reader, see {@link ArticleMarkup}), then what other modules add
 * below it. The first response carries all of it, with the title, description, Open Graph and schema.org
 * data that link previews and search engines read.
 */
// A plain element rather than a Div: Vaadin loads a bundle chunk per class a route extends, and keeps a
// note of each one per reader.
@Tag(Tag.DIV)
@Dependent
@Route("articles/:slug")
public class ArticleView extends Component
        implements HasComponents, HasStyle, BeforeEnterObserver, HasDynamicTitle, ReadingView {

    // Looked up once: JsonProvider.provider() searches the class path on every call.
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final String WITHDRAWN = "The newsroom has withdrawn this article, and it is no longer available.";

    private final PublishedArticles articles;
    private final ArticleMarkup markup;
    private final ArticlePageSections sections;
    private final Site site;
    private String title = "";

    @Inject
    public ArticleView(PublishedArticles articles, ArticleMarkup markup, ArticlePageSections sections, Site site) {
        this.articles = articles;
        this.markup = markup;
        this.sections = sections;
        this.site = site;
        addClassName("article-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var article = articleAt(event.getRouteParameters());
        if (article.isEmpty()) {
            // An address the article had before its slug changed (a first request for it gets a 301).
            var moved = event.getRouteParameters().get("slug").flatMap(articles::movedTo);
            if (moved.isPresent()) {
                event.forwardTo(ArticleView.class, new RouteParameters("slug", moved.get()));
                return;
            }
            if (isWithdrawn(event.getRouteParameters())) {
                showWithdrawn();
                return;
            }
            event.rerouteToError(NotFoundException.class, "There is no article at this address.");
            return;
        }
        show(article.get(), StaticHtml.Parts.entering(event));
    }

    @Override
    public Optional<PageHead> showFirstResponse(RouteParameters parameters, QueryParameters query) {
        var article = articleAt(parameters);
        if (article.isEmpty() && isWithdrawn(parameters)) {
            showWithdrawn();
            return Optional.of(PageHead.gone(title, WITHDRAWN, "articles/" + parameters.get("slug").orElseThrow()));
        }
        return article.map(found -> {
            show(found, StaticHtml.Parts.forFirstResponse());
            return headOf(found);
        });
    }

    private boolean isWithdrawn(RouteParameters parameters) {
        return parameters.get("slug").filter(Slug::isValid).map(articles::isWithdrawn).orElse(false);
    }

    /**
     * An article the newsroom took down: said plainly (410), with nothing of what it said, not even its headline,
     * since it may have been withdrawn for what it said.
     */
    private void showWithdrawn() {
        removeAll();
        title = "Article withdrawn — " + site.name();
        var home = new Anchor(".", "Go to the front page");
        home.getElement().setAttribute("router-ignore", true);
        var notice = new Div(new H1("This article has been withdrawn"), new Paragraph(WITHDRAWN), home);
        notice.addClassName("withdrawn");
        add(notice);
    }

    private Optional<PublishedArticle> articleAt(RouteParameters parameters) {
        return parameters.get("slug").flatMap(articles::bySlug);
    }

    private void show(PublishedArticle article, StaticHtml.Parts parts) {
        removeAll();
        title = article.headline() + " — " + site.name();
        add(parts.of("article-" + article.id(), markup.of(article)));
        sections.all().forEach(section -> add(section.sectionFor(article, parts)));
    }

    private PageHead headOf(PublishedArticle article) {
        var description = article.standfirst().isBlank()
                ? MarkdownBody.toPlainText(article.bodyMarkdown(), 200) : article.standfirst();
        var openGraph = new ArrayList<PageHead.Property>();
        openGraph.add(new PageHead.Property("article:published_time", String.valueOf(article.publishedAt())));
        openGraph.add(new PageHead.Property("article:modified_time", String.valueOf(article.updatedAt())));
        article.bylines().forEach(author -> openGraph.add(new PageHead.Property("article:author", author.name())));
        openGraph.add(new PageHead.Property("article:section", article.section().name()));
        article.topics().forEach(topic -> openGraph.add(new PageHead.Property("article:tag", topic.name())));
        var structuredData = JSON.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.headline())
                .add("description", description)
                .add("datePublished", String.valueOf(article.publishedAt()))
                .add("dateModified", String.valueOf(article.updatedAt()))
                .add("author", authors(article))
                .add("articleSection", article.section().name())
                .add("wordCount", article.wordCount())
                .add("timeRequired", "PT" + article.readingMinutes() + "M")
                .add("publisher", JSON.createObjectBuilder().add("@type", "Organization").add("name", site.name()))
                .build()
                .toString();
        var head = new PageHead(title, description, "articles/" + article.slug(), "article", openGraph, structuredData)
                .withBreadcrumbs(List.of(new PageHead.Crumb(site.name(), ""),
                        new PageHead.Crumb(article.section().name(), "sections/" + article.section().slug()),
                        new PageHead.Crumb(article.headline(), "articles/" + article.slug())));
        if (article.hero() == null) {
            return head;
        }
        var picture = article.hero().picture();
        return head.withPicture(new PageHead.Picture(picture.largestPath(), picture.width(), picture.height(),
                article.hero().alt()));
    }

    /** Each author, in byline order, as a schema.org Person. */
    private static JsonArrayBuilder authors(PublishedArticle article) {
        var authors = JSON.createArrayBuilder();
        article.bylines().forEach(author -> authors.add(JSON.createObjectBuilder().add("@type", "Person")
                .add("name", author.name())));
        return authors;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
