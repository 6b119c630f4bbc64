package org.broadsheet.content.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.content.ArticlePageSection;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Site;

/** One article: headline, standfirst, byline and date, the body, its topics, then what other modules add. */
@Dependent
@Route("articles/:slug")
public class ArticleView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedArticles articles;
    private final Instance<ArticlePageSection> sections;
    private final Site site;
    private String title = "";

    @Inject
    public ArticleView(PublishedArticles articles, Instance<ArticlePageSection> sections, Site site) {
        this.articles = articles;
        this.sections = sections;
        this.site = site;
        addClassName("article-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var slug = event.getRouteParameters().get("slug").orElse("");
        var article = articles.bySlug(slug);
        if (article.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no article at this address.");
            return;
        }
        show(article.get());
    }

    private void show(PublishedArticle article) {
        removeAll();
        title = article.headline() + " — " + site.name();
        var standfirst = new Paragraph(article.standfirst());
        standfirst.addClassName("standfirst");
        var byline = new Paragraph(new Span("By " + article.byline()), new Span(" · "),
                new Span(Dateline.day(article.publishedAt())));
        byline.addClassName("byline");
        // The body was rendered from Markdown and sanitized when it was saved; Html needs one root element.
        var body = new Html("<div class=\"article-body\">" + article.bodyHtml() + "</div>");
        var header = new Div(new H1(article.headline()), standfirst, byline);
        header.addClassName("article-header");
        var main = new Div(header, body);
        main.addClassName("article");
        if (!article.topics().isEmpty()) {
            var topics = new UnorderedList();
            topics.addClassName("topics");
            topics.getElement().setAttribute("aria-label", "Topics");
            article.topics().forEach(topic -> topics.add(new ListItem(topic.name())));
            main.add(topics);
        }
        add(main);
        sections.forEach(section -> add(section.sectionFor(article)));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
