package org.broadsheet.people;

/**
 * An admin took every comment of this account off the site in one step. Fired in the admin's transaction: the
 * commenting module hides them in it, so either all are hidden and it is on record, or nothing happened.
 */
public record CommentsWithdrawn(long accountId, String by) {
}
