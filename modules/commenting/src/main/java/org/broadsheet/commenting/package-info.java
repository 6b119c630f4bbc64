/**
 * Commenting: readers' comments on articles and their moderation. {@link org.broadsheet.commenting.Comments}
 * takes and shows comments, {@link org.broadsheet.commenting.ModerationQueue} is the editors' side.
 */
package org.broadsheet.commenting;
