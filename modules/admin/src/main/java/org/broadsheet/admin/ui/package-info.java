/**
 * The back office under /admin: the article list and editor, and the moderation queue. Every view here
 * is {@code @RolesAllowed} for editors and admins; the services it calls check the same roles again.
 */
package org.broadsheet.admin.ui;
