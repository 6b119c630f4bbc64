package org.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleDraftTest {

    @Test
    void a_new_articles_slug_follows_its_headline() {
        assertThat(ArticleDraft.blank().slugFollowsHeadline()).isTrue();
    }

    @Test
    void a_drafts_slug_follows_its_headline_until_the_editor_chooses_one() {
        assertThat(saved("Port strike ends", "port-strike-ends", ArticleStatus.DRAFT).slugFollowsHeadline()).isTrue();
        assertThat(saved("Port strike ends", "dockers-return", ArticleStatus.DRAFT).slugFollowsHeadline()).isFalse();
    }

    @Test
    void a_published_articles_address_stays_when_its_headline_changes() {
        assertThat(saved("Port strike ends", "port-strike-ends", ArticleStatus.PUBLISHED).slugFollowsHeadline())
                .isFalse();
    }

    private static ArticleDraft saved(String headline, String slug, ArticleStatus status) {
        return new ArticleDraft(12L, 3, headline, "Standfirst", slug, "Body", Set.of(), 7L, status);
    }
}
