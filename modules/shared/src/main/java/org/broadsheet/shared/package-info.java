/**
 * What every Broadsheet module needs and none owns: the staff roles, the site's identity and the clock.
 * Nothing here knows Vaadin or JPA entities, so any module may depend on it; {@code ui} holds the one
 * Vaadin contract every module's reading pages share.
 */
package org.broadsheet.shared;
