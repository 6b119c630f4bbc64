package org.broadsheet.content;

import com.vaadin.flow.component.Component;

/**
 * A part another module adds below an article, found through CDI. The article page lists what is there
 * without knowing who provides it, so content never depends on the modules built on top of it.
 */
public interface ArticlePageSection {

    Component sectionFor(PublishedArticle article);
}
