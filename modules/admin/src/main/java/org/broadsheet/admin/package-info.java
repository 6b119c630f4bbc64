/**
 * Admin: the editorial back office (its views live in {@code ui}) and the site's settings. It is built
 * on the other modules' APIs only; {@link org.broadsheet.admin.SiteSettings} is its own small API.
 */
package org.broadsheet.admin;
