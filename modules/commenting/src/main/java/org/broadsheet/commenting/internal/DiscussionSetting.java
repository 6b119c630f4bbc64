package org.broadsheet.commenting.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.ModerationPolicy;

/** What editors set for one article's comments over the house rules; no row, or null columns, follow the site. */
@Entity
@Table(name = "article_discussion")
public class DiscussionSetting {

    @Id
    @Column(name = "article_id")
    private long articleId;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Commenters commenters;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ModerationPolicy policy;

    protected DiscussionSetting() {
    }

    DiscussionSetting(long articleId) {
        this.articleId = articleId;
    }

    ArticleDiscussion discussion() {
        return new ArticleDiscussion(commenters, policy);
    }

    void change(ArticleDiscussion discussion) {
        commenters = discussion.commenters();
        policy = discussion.policy();
    }
}
