package org.broadsheet.commenting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.broadsheet.content.PublishedArticles;

/** Who may comment on an article and who waits, as the article's own setting and the house rules decide together. */
@ApplicationScoped
class Discussions {

    /** An article's comments as they stand now. */
    record Opening(Commenters commenters, ModerationPolicy policy) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PublishedArticles articles;

    @Inject
    StoredHouseRules houseRules;

    @Inject
    Clock clock;

    /** Empty when readers may not read the article (a draft, or withdrawn): nobody comments there. */
    Optional<Opening> of(long articleId) {
        return articles.publishedAt(articleId).map(published -> {
            var site = houseRules.current();
            var own = setFor(articleId);
            return new Opening(commenters(own, site, published, clock.instant()),
                    own.policy() == null ? site.policy() : own.policy());
        });
    }

    /**
     * Who may comment: as the article says, else as the site says, but nobody once the site's days since publishing
     * have passed. An article editors opened explicitly stays open: they chose to keep its discussion going.
     */
    static Commenters commenters(ArticleDiscussion own, HouseRules site, Instant published, Instant now) {
        if (own.commenters() != null) {
            return own.commenters();
        }
        var closed = site.closeAfterDays() > 0 && published.plus(Duration.ofDays(site.closeAfterDays())).isBefore(now);
        return closed ? Commenters.NOBODY : site.commenters();
    }

    ArticleDiscussion setFor(long articleId) {
        // Read fresh: an editor may have closed the article on another instance a moment ago.
        var setting = em.find(DiscussionSetting.class, articleId,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS));
        return setting == null ? ArticleDiscussion.AS_THE_SITE : setting.discussion();
    }
}
