package org.broadsheet.commenting;

/**
 * What editors set for one article's comments over the house rules: who may comment ({@link Commenters#NOBODY}
 * closes them) and who waits for moderation. Null follows the site's rules (and a discussion that follows the site's
 * closes when the house rules' days run out; one editors opened explicitly stays open).
 */
public record ArticleDiscussion(Commenters commenters, ModerationPolicy policy) {

    public static final ArticleDiscussion AS_THE_SITE = new ArticleDiscussion(null, null);
}
