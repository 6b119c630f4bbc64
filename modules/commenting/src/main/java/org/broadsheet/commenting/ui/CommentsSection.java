package org.broadsheet.commenting.ui;

import com.vaadin.flow.component.Component;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PageSection;
import org.broadsheet.shared.ui.StaticHtml;

/** Plugs the comments into the article page, which finds it through CDI without knowing this module. */
@ApplicationScoped
class CommentsSection implements PageSection<PublishedArticle> {

    @Inject
    Comments comments;

    @Inject
    CommentsMarkup markup;

    @Inject
    ClientAddresses addresses;

    @Inject
    Accounts accounts;

    @Inject
    ModerationQueue moderation;

    @Inject
    LiveComments live;

    @Override
    public Component sectionFor(PublishedArticle article, StaticHtml.Parts parts) {
        return new CommentsPanel(article.id(), comments, moderation, addresses, accounts, markup, live, parts);
    }
}
