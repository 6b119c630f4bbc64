package org.broadsheet.content;

import com.vaadin.flow.component.Component;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * A part another module adds below an article, found through CDI. The article page lists what is there
 * without knowing who provides it, so content never depends on the modules built on top of it.
 */
public interface ArticlePageSection {

    /**
     * The section for this article. Like the page, it is built both for the first response and for the
     * live view: what every reader shares goes in {@code parts}, which deliver it the page's way.
     */
    Component sectionFor(PublishedArticle article, StaticHtml.Parts parts);
}
