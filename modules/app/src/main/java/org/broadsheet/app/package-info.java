/**
 * The WAR that assembles the modules: the Vaadin app shell and public layout, the schema migration, the
 * demo content of a first start, and readiness. It uses the other modules through their APIs only.
 */
package org.broadsheet.app;
