package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.broadsheet.content.ArticleChangedMeanwhileException;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleRevision;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.TextDiff;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.Slug;
import org.junit.jupiter.api.Test;

/** Revisions on the real server: kept on every save that changes the text, compared, restored, editors' only. */
class RevisionHistoryIT extends InContainerTest {

    @Inject
    Newsroom newsroom;

    @Inject
    PublishedArticles published;

    @Inject
    Accounts accounts;

    @Test
    void every_save_that_changes_the_text_is_a_revision_saying_what_changed() throws Exception {
        var first = draft("Quay repairs begin");
        long id = editor.call(() -> newsroom.save(first));
        editor.call(() -> newsroom.save(edited(id, first.headline() + " early", first.body())));
        var same = editor.call(() -> newsroom.open(id));
        editor.call(() -> newsroom.save(same));
        editor.call(() -> newsroom.save(edited(id, same.headline(), "The repairs start on Monday.")));

        var revisions = editor.call(() -> newsroom.revisions(id, 10));
        assertEquals(List.of(3, 2, 1), revisions.stream().map(ArticleRevision::number).toList(),
                "newest first, and a save that changed nothing kept no revision");
        assertEquals(List.of("body"), revisions.get(0).changed());
        assertEquals(List.of("headline"), revisions.get(1).changed());
        assertEquals(List.of(), revisions.get(2).changed());
        assertNull(revisions.get(0).restoredFrom());
        assertEquals(2, editor.call(() -> newsroom.revisions(id, 2)).size(), "the list is bounded");
    }

    @Test
    void two_revisions_compare_word_by_word_and_an_earlier_one_comes_back_as_a_new_revision() throws Exception {
        var first = draft("Ferry fares rise");
        long id = editor.call(() -> newsroom.save(first));
        editor.run(() -> newsroom.publish(id));
        editor.call(() -> newsroom.save(edited(id, first.headline(), "Fares rise by a tenth from March.")));

        var comparison = editor.call(() -> newsroom.compare(id, 1, 2));
        assertTrue(comparison.headline().stream().allMatch(piece -> piece.kind() == TextDiff.Kind.SAME));
        assertTrue(comparison.body().contains(new TextDiff.Piece(TextDiff.Kind.ADDED, "Fares rise by a tenth from March.")),
                comparison.body().toString());

        var current = editor.call(() -> newsroom.open(id));
        editor.call(() -> newsroom.restore(id, 1, current.version()));

        var restored = editor.call(() -> newsroom.open(id));
        assertEquals(first.body(), restored.body());
        assertEquals(ArticleStatus.PUBLISHED, restored.status(), "restoring text is not a step of the workflow");
        assertEquals(first.body().strip(), published.bySlug(first.slug()).orElseThrow().bodyMarkdown().strip(),
                "readers see the restored text");
        var newest = editor.call(() -> newsroom.revisions(id, 1)).getFirst();
        assertEquals(3, newest.number());
        assertEquals(1, newest.restoredFrom());
        assertEquals(List.of("body"), newest.changed());

        var afterRestore = editor.call(() -> newsroom.open(id));
        editor.call(() -> newsroom.restore(id, 3, afterRestore.version()));
        assertEquals(3, editor.call(() -> newsroom.revisions(id, 1)).getFirst().restoredFrom(),
                "a restore is on record even when it brings back the text already there");

        causedBy(ArticleChangedMeanwhileException.class,
                () -> editor.call(() -> newsroom.restore(id, 2, current.version())));
        causedBy(ArticleStateException.class, () -> editor.call(() -> newsroom.compare(id, 1, 99)));
    }

    @Test
    void readers_reach_no_revision_by_calling_the_service() throws Exception {
        var first = draft("Draft nobody may read");
        long id = editor.call(() -> newsroom.save(first));

        causedBy(EJBAccessException.class, () -> reader.call(() -> newsroom.revisions(id, 10)));
        causedBy(EJBAccessException.class, () -> reader.call(() -> newsroom.compare(id, 1, 1)));
        causedBy(EJBAccessException.class, () -> reader.call(() -> newsroom.restore(id, 1, 0)));
    }

    private ArticleDraft edited(long id, String headline, String body) throws Exception {
        var now = editor.call(() -> newsroom.open(id));
        return new ArticleDraft(now.id(), now.version(), headline, now.standfirst(), now.slug(), body, now.topicSlugs(),
                now.authorId(), now.status(), now.scheduledFor(), now.sectionSlug());
    }

    private ArticleDraft draft(String headline) {
        return Drafts.draft(accounts.byUsername("editor").orElseThrow().id(), headline, "The first paragraph.");
    }
}
