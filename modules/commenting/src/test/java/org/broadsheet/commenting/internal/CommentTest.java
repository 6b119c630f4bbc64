package org.broadsheet.commenting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.broadsheet.commenting.CommentAlreadyModeratedException;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.GuestComment;
import org.junit.jupiter.api.Test;

class CommentTest {

    private static final Verdict WAITING = new Verdict(CommentStatus.PENDING, List.of("A first comment, or a guest's"));


    private static final Instant POSTED = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void a_new_comment_waits_for_moderation() {
        assertThat(comment().status()).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void a_comment_keeps_the_text_as_typed_but_without_surrounding_space() {
        var comment = new Comment(3L, new GuestComment("  Ines ", " ines@example.org ", "  <b>Hi</b>\n "), null, WAITING, POSTED);

        assertThat(comment.authorName()).isEqualTo("Ines");
        assertThat(comment.body()).isEqualTo("<b>Hi</b>");
    }

    @Test
    void a_comment_is_moderated_once() {
        var comment = comment();
        comment.decide(CommentStatus.APPROVED, "editor", POSTED.plusSeconds(60));

        assertThat(comment.status()).isEqualTo(CommentStatus.APPROVED);
        assertThatThrownBy(() -> comment.decide(CommentStatus.REJECTED, "admin", POSTED.plusSeconds(120)))
                .isInstanceOf(CommentAlreadyModeratedException.class);
        assertThat(comment.status()).isEqualTo(CommentStatus.APPROVED);
    }

    @Test
    void a_rejected_comment_cannot_be_approved_later() {
        var comment = comment();
        comment.decide(CommentStatus.REJECTED, "editor", POSTED.plusSeconds(60));

        assertThatThrownBy(() -> comment.decide(CommentStatus.APPROVED, "editor", POSTED.plusSeconds(120)))
                .isInstanceOf(CommentAlreadyModeratedException.class);
    }

    private static Comment comment() {
        return new Comment(3L, new GuestComment("Ines", "ines@example.org", "Hello"), null, WAITING, POSTED);
    }
}
