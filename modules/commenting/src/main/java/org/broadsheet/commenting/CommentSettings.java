package org.broadsheet.commenting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/** The house rules for comments, and what one article sets over them, which editors and admins set while the site runs. */
public interface CommentSettings {

    /** The rules in force; for editors and admins. */
    HouseRules houseRules();

    /** Puts new rules in force for every comment posted from now on; editors and admins. */
    void change(@NotNull @Valid HouseRules rules);

    /** What the article sets over the house rules ({@link ArticleDiscussion#AS_THE_SITE} when nothing). */
    ArticleDiscussion discussionOf(long articleId);

    /** Sets who may comment on the article and who waits, over the house rules; editors and admins. */
    void change(long articleId, @NotNull ArticleDiscussion discussion);
}
