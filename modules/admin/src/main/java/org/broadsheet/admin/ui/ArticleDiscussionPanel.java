package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.ModerationPolicy;

/**
 * An article's comments as editors set them over the house rules: who may comment (nobody closes them) and who
 * waits for moderation; left empty, the site's rules apply, including closing after the site's number of days.
 */
class ArticleDiscussionPanel extends VerticalLayout {

    private static final String AS_THE_SITE = "As the house rules say";

    private final CommentSettings settings;
    private final Select<Commenters> commenters = new Select<>();
    private final Select<ModerationPolicy> policy = new Select<>();
    private long articleId;

    ArticleDiscussionPanel(CommentSettings settings) {
        this.settings = settings;
        setPadding(false);
        addClassName("article-discussion-panel");
        commenters.setLabel("Who may comment on this article");
        commenters.setItems(Commenters.values());
        commenters.setItemLabelGenerator(choice -> choice == null ? AS_THE_SITE : choice.description());
        commenters.setEmptySelectionAllowed(true);
        commenters.setEmptySelectionCaption(AS_THE_SITE);
        policy.setLabel("Which of its comments wait for an editor");
        policy.setItems(ModerationPolicy.values());
        policy.setItemLabelGenerator(choice -> choice == null ? AS_THE_SITE : choice.description());
        policy.setEmptySelectionAllowed(true);
        policy.setEmptySelectionCaption(AS_THE_SITE);
        commenters.setWidth("min(100%, 28rem)");
        policy.setWidth("min(100%, 28rem)");
        var save = new Button("Apply to its comments", click -> save());
        var row = new HorizontalLayout(commenters, policy, save);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(new H2("Comments"), row);
    }

    void show(long articleId) {
        this.articleId = articleId;
        var discussion = settings.discussionOf(articleId);
        commenters.setValue(discussion.commenters());
        policy.setValue(discussion.policy());
    }

    private void save() {
        settings.change(articleId, new ArticleDiscussion(commenters.getValue(), policy.getValue()));
        Notification.show("Saved: the article's comments follow these settings", 4_000,
                Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
