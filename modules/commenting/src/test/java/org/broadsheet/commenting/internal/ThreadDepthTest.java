package org.broadsheet.commenting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.broadsheet.commenting.CommentStatus;
import org.broadsheet.commenting.Comments;
import org.broadsheet.commenting.GuestComment;
import org.junit.jupiter.api.Test;

class ThreadDepthTest {

    private static final Verdict SHOWN = new Verdict(CommentStatus.APPROVED, List.of());
    private static final Instant NOW = Instant.parse("2026-03-01T08:00:00Z");
    private long nextId = 100;

    @Test
    void replies_nest_to_the_deepest_level_then_answer_beside_the_comment_they_reply_to() throws Exception {
        var first = persisted(new Comment(7, said("First"), null, SHOWN, NOW));
        first.startThreadIfFirst();
        var reply = persisted(new Comment(first, said("Reply"), null, SHOWN, NOW));
        var second = persisted(new Comment(reply, said("Second level"), null, SHOWN, NOW));
        var deepest = persisted(new Comment(second, said("Third level"), null, SHOWN, NOW));
        var beyond = persisted(new Comment(deepest, said("Would be a fourth"), null, SHOWN, NOW));

        assertThat(List.of(first.depth(), reply.depth(), second.depth(), deepest.depth(), beyond.depth()))
                .containsExactly(0, 1, 2, 3, Comments.MAX_DEPTH);
        assertThat(beyond.parentId()).as("answers beside the deepest, under the same comment").isEqualTo(second.id());
        assertThat(List.of(reply.threadId(), deepest.threadId(), beyond.threadId())).containsOnly(first.id());
        assertThat(beyond.articleId()).isEqualTo(7);
    }

    @Test
    void a_comment_is_editable_for_ten_minutes_and_marked_once_edited() {
        var comment = new Comment(7, said("Tpyo"), 42L, SHOWN, NOW);
        assertThat(comment.editableUntil()).isEqualTo(NOW.plus(Comments.EDITABLE_FOR));
        assertThat(comment.isWrittenBy(42)).isTrue();
        assertThat(comment.isWrittenBy(43)).isFalse();
        comment.edit("Typo", new Verdict(CommentStatus.PENDING, List.of("Uses a word to check: typo")), NOW);
        assertThat(comment.status()).as("an edit the rules would hold waits again").isEqualTo(CommentStatus.PENDING);
        comment.removeByAuthor(NOW);
        assertThat(comment.body()).isEmpty();
        assertThat(comment.isWrittenBy(42)).as("nothing left to change").isFalse();
    }

    private static GuestComment said(String text) {
        return new GuestComment("Ines", "ines@example.org", text);
    }

    /** As the database would: an id once persisted. */
    private Comment persisted(Comment comment) throws Exception {
        Field id = Comment.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(comment, nextId++);
        return comment;
    }
}
