package org.broadsheet.app.it;

import java.util.Set;
import java.util.UUID;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.Newsroom;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.Slug;

/** New articles for in-container tests: headlines made unique, so tests never meet each other's articles. */
final class Drafts {

    private Drafts() {
    }

    /** A new draft by {@code authorId}: the headline with a unique tail, its slug, a one-sentence standfirst. */
    static ArticleDraft draft(long authorId, String headline, String body) {
        var unique = headline + " " + unique();
        return new ArticleDraft(null, 0, unique, "What happened, in one sentence.", Slug.from(unique).value(), body,
                Set.of(), authorId, ArticleStatus.DRAFT);
    }

    /** A new article by the editor, published at once, for tests of what readers do with it. */
    static long published(AsEditor editor, Newsroom newsroom, Accounts accounts, String headline) throws Exception {
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        long id = editor.call(() -> newsroom.save(draft(editorId, headline, "Body")));
        editor.run(() -> newsroom.publish(id));
        return id;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
