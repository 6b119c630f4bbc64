package org.broadsheet.content.ui;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Optional;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Site;

/**
 * A section's page at {@code /sections/{slug}}, with the section's own Atom feed ({@code /feed?section={slug}}).
 * The masthead links to every section; each article links to its own above its headline.
 */
// A plain element rather than a Div: see ArticleView.
@Tag(Tag.DIV)
@Dependent
@Route("sections/:slug")
public class SectionView extends ArticleListView {

    private final PublishedArticles articles;

    @Inject
    public SectionView(ArticleLists lists, PublishedArticles articles, Site site) {
        super(lists, site);
        this.articles = articles;
    }

    @Override
    Optional<Subject> subjectAt(String slug) {
        return articles.section(slug).map(section -> new Subject(ArticleLists.Listing.section(section), "section",
                section.name() + " from " + site.name() + ".", thing(section.name())));
    }
}
