/** The account entity, its persistence, password hashing and the Jakarta Security wiring behind sign-in. */
package org.broadsheet.people.internal;
