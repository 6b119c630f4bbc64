package org.broadsheet.content.internal;

import static org.broadsheet.content.ArticleStatus.DRAFT;
import static org.broadsheet.content.ArticleStatus.IN_REVIEW;
import static org.broadsheet.content.ArticleStatus.PUBLISHED;
import static org.broadsheet.content.ArticleStatus.SCHEDULED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.function.BooleanSupplier;
import org.broadsheet.content.ArticleRights;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.shared.Roles;
import org.junit.jupiter.api.Test;

class EditorialRightsTest {

    private static final BooleanSupplier OWN = () -> true;
    private static final BooleanSupplier OTHERS = () -> false;

    private static EditorialRights as(String... roles) {
        return EditorialRights.of(Set.of(roles)::contains);
    }

    @Test
    void a_contributor_writes_their_own_drafts_and_sends_them_for_review_but_publishes_nothing() {
        var contributor = as(Roles.CONTRIBUTOR);

        assertEquals(new ArticleRights(true, false), contributor.to(OWN, DRAFT));
        assertEquals(new ArticleRights(true, false), contributor.to(OWN, IN_REVIEW));
        assertEquals(new ArticleRights(false, false), contributor.to(OWN, SCHEDULED), "scheduled: an editor's decision");
        assertEquals(new ArticleRights(false, false), contributor.to(OWN, PUBLISHED));
        assertTrue(contributor.mayReturnToDraft(OWN, IN_REVIEW));
        assertFalse(contributor.mayReturnToDraft(OWN, SCHEDULED));
        assertTrue(contributor.mayRead(OWN));
    }

    @Test
    void nobody_but_an_editor_touches_an_article_they_are_not_on_the_byline_of() {
        for (var role : new String[] {Roles.CONTRIBUTOR, Roles.AUTHOR}) {
            var rights = as(role);
            assertFalse(rights.mayRead(OTHERS), role);
            for (var status : ArticleStatus.values()) {
                assertEquals(new ArticleRights(false, false), rights.to(OTHERS, status), role + " " + status);
                assertFalse(rights.mayReturnToDraft(OTHERS, status), role + " " + status);
            }
        }
    }

    @Test
    void an_author_publishes_and_keeps_up_to_date_their_own() {
        var author = as(Roles.AUTHOR);

        for (var status : ArticleStatus.values()) {
            assertEquals(new ArticleRights(true, true), author.to(OWN, status), status.name());
            assertTrue(author.mayReturnToDraft(OWN, status), status.name());
        }
    }

    @Test
    void editors_and_admins_do_anything_to_any_article_without_being_asked_whose_it_is() {
        BooleanSupplier neverAsked = () -> {
            throw new AssertionError("an editor's byline does not matter");
        };
        for (var role : new String[] {Roles.EDITOR, Roles.ADMIN}) {
            var rights = as(role);
            assertTrue(rights.editsAny(), role);
            assertTrue(rights.mayRead(neverAsked), role);
            for (var status : ArticleStatus.values()) {
                assertEquals(new ArticleRights(true, true), rights.to(neverAsked, status), role + " " + status);
            }
        }
    }

    @Test
    void a_reader_or_a_caller_with_no_role_has_no_rights_at_all() {
        for (var rights : new EditorialRights[] {as(Roles.READER), as()}) {
            assertFalse(rights.mayRead(OWN));
            for (var status : ArticleStatus.values()) {
                assertEquals(new ArticleRights(false, false), rights.to(OWN, status), status.name());
                assertFalse(rights.mayReturnToDraft(OWN, status), status.name());
            }
        }
    }
}
