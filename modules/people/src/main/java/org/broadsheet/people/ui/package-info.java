/**
 * Signing in and out, registering, confirming an address and choosing a new password by mailed links, and the
 * rule every view obeys: a view marked {@code @RolesAllowed} opens only for a
 * caller in one of those roles; anonymous visitors are sent to sign in, others are told it is forbidden.
 */
package org.broadsheet.people.ui;
