package org.broadsheet.content.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.shared.ui.PageSection;

/**
 * The sections other modules add below an article, looked up once. Each article view asking CDI itself
 * would keep a lookup object per reader for as long as the reader's page is open.
 */
@ApplicationScoped
class ArticlePageSections {

    @Inject
    Instance<PageSection<PublishedArticle>> found;

    private volatile List<PageSection<PublishedArticle>> sections;

    List<PageSection<PublishedArticle>> all() {
        var known = sections;
        if (known == null) {
            known = found.stream().toList();
            sections = known;
        }
        return known;
    }
}
