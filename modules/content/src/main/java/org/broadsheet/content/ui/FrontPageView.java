package org.broadsheet.content.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.content.ArticleTeaser;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Site;

/** The front page: published articles, newest first, a page at a time. */
@Dependent
@Route("")
public class FrontPageView extends Div implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final PublishedArticles articles;
    private final Site site;
    private final Section list = new Section();
    private final Button older = new Button("Older articles");
    private int loaded;

    @Inject
    public FrontPageView(PublishedArticles articles, Site site) {
        this.articles = articles;
        this.site = site;
        addClassName("front-page");
        var heading = new H1("Latest");
        heading.addClassName("visually-hidden");
        list.addClassName("teasers");
        older.addClickListener(click -> loadMore());
        add(heading, list, older);
        loadMore();
    }

    private void loadMore() {
        var page = articles.latest(loaded, PAGE_SIZE);
        page.forEach(teaser -> list.add(teaserOf(teaser)));
        loaded += page.size();
        older.setVisible(page.size() == PAGE_SIZE);
        if (loaded == 0) {
            list.add(new Paragraph("Nothing has been published yet."));
        }
    }

    private static Div teaserOf(ArticleTeaser teaser) {
        var link = new RouterLink(teaser.headline(), ArticleView.class, new RouteParameters("slug", teaser.slug()));
        var headline = new H2(link);
        var standfirst = new Paragraph(teaser.standfirst());
        standfirst.addClassName("standfirst");
        var meta = new Paragraph(new Span("By " + teaser.byline()), new Span(" · "),
                new Span(Dateline.day(teaser.publishedAt())));
        meta.addClassName("byline");
        var card = new Div(headline, standfirst, meta);
        card.addClassName("teaser");
        return card;
    }

    @Override
    public String getPageTitle() {
        return site.name();
    }
}
