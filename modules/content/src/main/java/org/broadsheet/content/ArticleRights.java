package org.broadsheet.content;

/**
 * What the signed-in member of staff may do with one article, so the editor's form offers only those steps. The
 * newsroom checks the same rights again on every call.
 *
 * @param edit change its text, picture and byline, and send it for review
 * @param publish publish, schedule, unpublish it and write its corrections
 */
public record ArticleRights(boolean edit, boolean publish) {
}
