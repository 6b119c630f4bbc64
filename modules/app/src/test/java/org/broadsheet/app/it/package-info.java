/**
 * In-container tests: each deploys the real Broadsheet WAR, plus these classes, to Payara Micro and calls
 * the modules' services as the roles people have. Callers with a role are small {@code @RunAs} beans.
 */
package org.broadsheet.app.it;
