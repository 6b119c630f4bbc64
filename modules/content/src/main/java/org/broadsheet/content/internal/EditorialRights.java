package org.broadsheet.content.internal;

import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.broadsheet.content.ArticleRights;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.shared.Roles;

/**
 * The newsroom's one rule of who may do what to an article, from the caller's role and whether their name is on
 * its byline. Contributors write drafts of their own and send them for review, and can take one back out of
 * review; once an article is scheduled or published it is no longer theirs to change. Authors also publish,
 * schedule, unpublish and correct their own. Editors and admins do all of it to any article.
 *
 * Whether the caller is on the byline is asked only when the answer matters (never of an editor): it costs a lookup.
 *
 * @param writes any member of staff (a reader writes no articles, whatever else they are)
 * @param editsAny an editor or admin
 * @param publishesOwn an author (or more)
 */
record EditorialRights(boolean writes, boolean editsAny, boolean publishesOwn) {

    static EditorialRights of(Predicate<String> callerIsInRole) {
        boolean editor = Roles.EDITORS.stream().anyMatch(callerIsInRole);
        boolean author = editor || callerIsInRole.test(Roles.AUTHOR);
        return new EditorialRights(author || callerIsInRole.test(Roles.CONTRIBUTOR), editor, author);
    }

    /** Opening it, its revisions and notes: only what one wrote, unless one edits for the whole newsroom. */
    boolean mayRead(BooleanSupplier onByline) {
        return editsAny || writes && onByline.getAsBoolean();
    }

    boolean mayEdit(BooleanSupplier onByline, ArticleStatus status) {
        return editsAny || writes && (publishesOwn || status == ArticleStatus.DRAFT || status == ArticleStatus.IN_REVIEW)
                && onByline.getAsBoolean();
    }

    boolean mayPublish(BooleanSupplier onByline) {
        return editsAny || publishesOwn && onByline.getAsBoolean();
    }

    /** Taking it back to draft: out of review is the writer's own call; off the schedule is a publishing decision. */
    boolean mayReturnToDraft(BooleanSupplier onByline, ArticleStatus status) {
        return status == ArticleStatus.IN_REVIEW ? mayEdit(onByline, status) : mayPublish(onByline);
    }

    ArticleRights to(BooleanSupplier onByline, ArticleStatus status) {
        return new ArticleRights(mayEdit(onByline, status), mayPublish(onByline));
    }
}
