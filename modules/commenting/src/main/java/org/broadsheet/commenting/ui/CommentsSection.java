package org.broadsheet.commenting.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.broadsheet.commenting.Comments;
import org.broadsheet.content.ArticlePageSection;
import org.broadsheet.content.PublishedArticle;

/** Plugs the comments into the article page, which finds it through CDI without knowing this module. */
@ApplicationScoped
class CommentsSection implements ArticlePageSection {

    @Inject
    Comments comments;

    @Override
    public Component sectionFor(PublishedArticle article) {
        return new CommentsPanel(article.id(), comments);
    }
}
