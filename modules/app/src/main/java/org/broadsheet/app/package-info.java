/**
 * The WAR that assembles the modules: the schema migration, the demo content of a first start, and
 * readiness. Its web layer (the Vaadin app shell, public layout, first responses, reader budget, security
 * filters) is in {@code ui}. It uses the other modules through their APIs only.
 */
package org.broadsheet.app;
