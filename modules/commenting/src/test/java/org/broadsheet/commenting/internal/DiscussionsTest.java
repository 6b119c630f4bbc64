package org.broadsheet.commenting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.broadsheet.commenting.ArticleDiscussion;
import org.broadsheet.commenting.Commenters;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.commenting.ModerationPolicy;
import org.junit.jupiter.api.Test;

class DiscussionsTest {

    private static final Instant PUBLISHED = Instant.parse("2026-03-01T08:00:00Z");
    private static final HouseRules CLOSING_AFTER_A_WEEK = new HouseRules(ModerationPolicy.NONE, 2, List.of(),
            List.of()).opening(Commenters.EVERYONE, 7);

    @Test
    void an_article_following_the_site_closes_once_the_sites_days_have_passed() {
        var own = ArticleDiscussion.AS_THE_SITE;
        assertThat(Discussions.commenters(own, CLOSING_AFTER_A_WEEK, PUBLISHED, PUBLISHED.plus(Duration.ofDays(6))))
                .isEqualTo(Commenters.EVERYONE);
        assertThat(Discussions.commenters(own, CLOSING_AFTER_A_WEEK, PUBLISHED,
                PUBLISHED.plus(Duration.ofDays(7)).plusSeconds(1))).isEqualTo(Commenters.NOBODY);
        assertThat(Discussions.commenters(own, CLOSING_AFTER_A_WEEK.opening(Commenters.SIGNED_IN, 0), PUBLISHED,
                PUBLISHED.plus(Duration.ofDays(3650)))).as("0 days: never closes").isEqualTo(Commenters.SIGNED_IN);
    }

    @Test
    void what_editors_set_for_an_article_comes_before_the_site_and_its_closing() {
        var late = PUBLISHED.plus(Duration.ofDays(30));
        assertThat(Discussions.commenters(new ArticleDiscussion(Commenters.EVERYONE, null), CLOSING_AFTER_A_WEEK,
                PUBLISHED, late)).isEqualTo(Commenters.EVERYONE);
        assertThat(Discussions.commenters(new ArticleDiscussion(Commenters.NOBODY, null),
                CLOSING_AFTER_A_WEEK.opening(Commenters.EVERYONE, 0), PUBLISHED, PUBLISHED))
                .isEqualTo(Commenters.NOBODY);
    }
}
