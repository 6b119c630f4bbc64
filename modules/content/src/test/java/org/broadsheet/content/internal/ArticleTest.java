package org.broadsheet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.EditorsNote;
import org.junit.jupiter.api.Test;

class ArticleTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-20T09:00:00Z");
    private static final Instant PUBLISHED = Instant.parse("2026-11-21T07:30:00Z");
    private static final Instant LATER = Instant.parse("2026-11-22T12:00:00Z");
    private static final Section NEWS = new Section(1, "news", "News", 1);

    @Test
    void a_new_article_is_a_draft_until_published() {
        var article = written();

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.isPublished()).isFalse();
        assertThat(article.publishedAt()).isNull();
    }

    @Test
    void publishing_dates_the_article_and_shows_it_to_readers() {
        var article = written();
        article.publish(PUBLISHED);

        assertThat(article.isPublished()).isTrue();
        assertThat(article.publishedAt()).isEqualTo(PUBLISHED);
        assertThat(article.updatedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void an_article_cannot_be_published_twice() {
        var article = written();
        article.publish(PUBLISHED);

        assertThatThrownBy(() -> article.publish(LATER))
                .isInstanceOf(ArticleStateException.class)
                .hasMessageContaining("already published");
        assertThat(article.publishedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void only_a_published_article_can_be_unpublished() {
        var article = written();

        assertThatThrownBy(() -> article.unpublish(LATER)).isInstanceOf(ArticleStateException.class);
    }

    @Test
    void republishing_keeps_the_first_publication_date() {
        var article = written();
        article.publish(PUBLISHED);
        article.unpublish(LATER);

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        article.publish(LATER.plusSeconds(60));
        assertThat(article.publishedAt()).isEqualTo(PUBLISHED);
    }

    @Test
    void revising_a_published_article_keeps_it_published_and_renders_the_body_again() {
        var article = written();
        article.publish(PUBLISHED);
        article.revise(draft("Corrected headline", "Now with *emphasis*."), NEWS, Set.of(), LATER);

        assertThat(article.isPublished()).isTrue();
        assertThat(article.headline()).isEqualTo("Corrected headline");
        assertThat(article.bodyHtml()).contains("<em>emphasis</em>");
        assertThat(article.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void revising_trims_the_text_an_editor_typed() {
        var article = written();
        article.revise(draft("  Spaced headline  ", "Body"), NEWS, Set.of(), LATER);

        assertThat(article.headline()).isEqualTo("Spaced headline");
    }

    @Test
    void a_published_article_keeps_every_address_it_had() {
        var article = written();
        article.publish(PUBLISHED);
        article.revise(draft("Port strike ends", "port-strike-is-over", "Body"), NEWS, Set.of(), LATER);
        article.revise(draft("Port strike ends", "dockers-return", "Body"), NEWS, Set.of(), LATER);

        assertThat(article.slug()).isEqualTo("dockers-return");
        assertThat(article.formerSlugs()).containsExactlyInAnyOrder("port-strike-ends", "port-strike-is-over");
    }

    @Test
    void an_article_taken_down_keeps_the_address_readers_saw() {
        var article = written();
        article.publish(PUBLISHED);
        article.unpublish(LATER);
        article.revise(draft("Port strike ends", "dockers-return", "Body"), NEWS, Set.of(), LATER);

        assertThat(article.formerSlugs()).containsExactly("port-strike-ends");
    }

    @Test
    void a_draft_that_nobody_has_read_keeps_no_former_address() {
        var article = written();
        article.revise(draft("Port strike ends", "dockers-return", "Body"), NEWS, Set.of(), LATER);

        assertThat(article.formerSlugs()).isEmpty();
    }

    @Test
    void going_back_to_a_former_address_makes_it_current_again() {
        var article = written();
        article.publish(PUBLISHED);
        article.revise(draft("Port strike ends", "dockers-return", "Body"), NEWS, Set.of(), LATER);
        article.revise(draft("Port strike ends", "port-strike-ends", "Body"), NEWS, Set.of(), LATER);

        assertThat(article.slug()).isEqualTo("port-strike-ends");
        assertThat(article.formerSlugs()).containsExactly("dockers-return");
    }

    @Test
    void a_draft_goes_to_review_then_on_the_schedule_and_out_when_due() {
        var article = written();
        article.submitForReview(PUBLISHED.minusSeconds(3600));
        assertThat(article.status()).isEqualTo(ArticleStatus.IN_REVIEW);

        article.schedule(PUBLISHED, PUBLISHED.minusSeconds(60));
        assertThat(article.status()).isEqualTo(ArticleStatus.SCHEDULED);
        assertThat(article.scheduledFor()).isEqualTo(PUBLISHED);
        assertThat(article.isDueAt(PUBLISHED.minusSeconds(1))).isFalse();
        assertThat(article.isDueAt(PUBLISHED)).isTrue();

        article.publish(PUBLISHED.plusSeconds(5));
        assertThat(article.isPublished()).isTrue();
        assertThat(article.scheduledFor()).isNull();
        assertThat(article.isDueAt(LATER)).isFalse();
    }

    @Test
    void only_a_draft_can_be_sent_for_review() {
        var article = written();
        article.submitForReview(LATER);

        assertThatThrownBy(() -> article.submitForReview(LATER)).isInstanceOf(ArticleStateException.class)
                .hasMessageContaining("is in review");
    }

    @Test
    void a_publication_time_must_be_ahead_and_the_article_not_out_yet() {
        var article = written();

        assertThatThrownBy(() -> article.schedule(LATER, LATER)).isInstanceOf(ArticleStateException.class)
                .hasMessageContaining("in the future");
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        article.publish(PUBLISHED);
        assertThatThrownBy(() -> article.schedule(LATER, PUBLISHED)).isInstanceOf(ArticleStateException.class)
                .hasMessageContaining("already published");
    }

    @Test
    void a_scheduled_article_can_be_moved_or_taken_off_the_schedule() {
        var article = written();
        article.schedule(LATER, WRITTEN);
        article.schedule(LATER.plusSeconds(3600), WRITTEN);
        assertThat(article.scheduledFor()).isEqualTo(LATER.plusSeconds(3600));

        article.returnToDraft(PUBLISHED);
        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.scheduledFor()).isNull();
        assertThat(article.isDueAt(LATER.plusSeconds(7200))).isFalse();
        assertThatThrownBy(() -> article.returnToDraft(PUBLISHED)).isInstanceOf(ArticleStateException.class);
    }

    @Test
    void corrections_go_on_published_articles_and_count_as_a_change() {
        var article = written();
        assertThatThrownBy(() -> article.addNote(EditorsNote.Kind.CORRECTION, "Fixed a name.", "editor", LATER))
                .isInstanceOf(ArticleStateException.class).hasMessageContaining("not published");
        article.publish(PUBLISHED);

        article.addNote(EditorsNote.Kind.CORRECTION, "An earlier version misspelled the harbour master's name.", "editor", LATER);

        assertThat(article.updatedAt()).isEqualTo(LATER);
        assertThat(article.notes()).singleElement().extracting(Note::forReaders)
                .satisfies(note -> {
                    assertThat(note.kind()).isEqualTo(EditorsNote.Kind.CORRECTION);
                    assertThat(note.notedAt()).isEqualTo(LATER);
                    assertThat(note.amendedAt()).isNull();
                });
    }

    @Test
    void amending_a_note_keeps_the_wording_it_replaced() {
        var note = new Note(EditorsNote.Kind.UPDATE, "The ferry runs from Monday.", "editor", PUBLISHED);
        note.amend("The ferry runs from Tuesday.", "treed", LATER);

        var forEditors = note.forEditors(Map.of("treed", "Tom Reed"));
        assertThat(forEditors.text()).isEqualTo("The ferry runs from Tuesday.");
        assertThat(forEditors.amendedAt()).isEqualTo(LATER);
        assertThat(forEditors.amendments()).containsExactly(
                new EditorsNote.Amendment("The ferry runs from Monday.", LATER, "Tom Reed"));
        assertThat(note.forReaders().amendments()).isEmpty();
        assertThat(note.forReaders().amendedAt()).isEqualTo(LATER);
    }

    private static Article written() {
        var article = new Article(7L, WRITTEN);
        article.revise(draft("Port strike ends", "The strike ended at dawn."), NEWS, Set.of(), WRITTEN);
        return article;
    }

    private static ArticleDraft draft(String headline, String body) {
        return draft(headline, "port-strike-ends", body);
    }

    private static ArticleDraft draft(String headline, String slug, String body) {
        return new ArticleDraft(null, 0, headline, "Standfirst", slug, body, Set.of(), null, ArticleStatus.DRAFT);
    }
}
