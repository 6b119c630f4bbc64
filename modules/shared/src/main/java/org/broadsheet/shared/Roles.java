package org.broadsheet.shared;

/**
 * The roles an account can hold. They are the names used with {@code @RolesAllowed} in services and views,
 * and the groups the identity store hands to Jakarta Security, so a role means the same thing everywhere.
 */
public final class Roles {

    /** Manages people, roles and site settings; can do everything an editor can. */
    public static final String ADMIN = "admin";

    /** Writes, edits, publishes and unpublishes articles; moderates comments. */
    public static final String EDITOR = "editor";

    /** A signed-in reader: no back-office rights at all. */
    public static final String READER = "reader";

    private Roles() {
    }
}
