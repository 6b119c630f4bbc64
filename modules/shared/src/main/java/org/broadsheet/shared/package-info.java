/**
 * What every Broadsheet module needs and none owns: the staff roles, the site's identity and the clock.
 * Nothing here knows Vaadin or JPA entities, so any module may depend on it.
 */
package org.broadsheet.shared;
