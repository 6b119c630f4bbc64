/**
 * Browser tests: what readers and editors do, in Debian's Chromium driven by Playwright, against the real
 * WAR on its own Payara Micro with a fresh database. Locators use labels and roles, as a person would.
 */
package org.broadsheet.app.browser;
