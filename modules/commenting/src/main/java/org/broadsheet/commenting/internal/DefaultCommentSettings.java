package org.broadsheet.commenting.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.List;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.CommentNotFoundException;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.shared.Roles;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(CommentSettings.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class DefaultCommentSettings implements CommentSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    StoredHouseRules stored;

    @Inject
    Event<StoredHouseRules.Changed> changed;

    @Override
    public HouseRules houseRules() {
        return stored.current();
    }

    @Override
    public void change(HouseRules rules) {
        StoredHouseRules.asSettings(rules).forEach(this::put);
        em.flush();
        changed.fire(new StoredHouseRules.Changed());
    }

    @Inject
    Discussions discussions;

    @Inject
    PublishedArticles articles;

    @Inject
    Event<CommentsChanged> commentsChanged;

    @Override
    public ArticleDiscussion discussionOf(long articleId) {
        return discussions.setFor(articleId);
    }

    @Override
    public void change(long articleId, ArticleDiscussion discussion) {
        if (articles.headlines(List.of(articleId)).isEmpty()) {
            throw new CommentNotFoundException("There is no article with id " + articleId + ".");
        }
        var setting = em.find(DiscussionSetting.class, articleId, LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            setting = new DiscussionSetting(articleId);
            em.persist(setting);
        }
        setting.change(discussion);
        em.flush();
        // The article's page says whether readers may comment.
        commentsChanged.fire(new CommentsChanged(articleId));
    }

    private void put(String name, String value) {
        var setting = em.find(CommentSetting.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            em.persist(new CommentSetting(name, value));
        } else {
            setting.change(value);
        }
    }
}
