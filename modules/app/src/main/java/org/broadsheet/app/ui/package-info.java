/**
 * The site's web layer: the Vaadin app shell and servlet, the public layout and not-found page, the first
 * response of every page (served without a session), the reader budget and session policy, and the filters
 * and listeners that set security headers and cookie rules on every response.
 */
package org.broadsheet.app.ui;
