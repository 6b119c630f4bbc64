package org.broadsheet.content.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Site;

/**
 * A topic's page at {@code /topics/{slug}}, with the topic's own Atom feed ({@code /feed?topic={slug}}). Articles
 * link here from their list of topics.
 */
// A plain element rather than a Div: see ArticleView.
@Tag(Tag.DIV)
@Dependent
@Route("topics/:slug")
public class TopicView extends ArticleListView {

    private final PublishedArticles articles;

    @Inject
    public TopicView(ArticleLists lists, PublishedArticles articles, Site site) {
        super(lists, site);
        this.articles = articles;
    }

    @Override
    Optional<Subject> subjectAt(String slug) {
        return articles.topic(slug).map(topic -> new Subject(ArticleLists.Listing.topic(topic), "topic",
                "News and analysis about " + topic.name() + " from " + site.name() + ".", thing(topic.name())));
    }
}
