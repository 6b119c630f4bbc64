package org.broadsheet.shared;

import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The roles an account can hold. They are the names used with {@code @RolesAllowed} in services and views,
 * and the groups the identity store hands to Jakarta Security, so a role means the same thing everywhere.
 * Each staff role can do everything the one before it can: contributor, author, editor, admin.
 */
public final class Roles {

    /** Manages people, roles and site settings; can do everything an editor can. */
    public static final String ADMIN = "admin";

    /** Writes, edits, publishes and unpublishes anyone's articles; moderates comments. */
    public static final String EDITOR = "editor";

    /** Writes and publishes their own articles (and those they share a byline on). */
    public static final String AUTHOR = "author";

    /** Writes drafts of their own and sends them for review; publishes nothing. */
    public static final String CONTRIBUTOR = "contributor";

    /** A signed-in reader: no back-office rights at all. */
    public static final String READER = "reader";

    /** Every role, from the least to the most trusted: the order the people view offers them in. */
    public static final List<String> ALL = List.of(READER, CONTRIBUTOR, AUTHOR, EDITOR, ADMIN);

    /** The newsroom's own people: they have author pages and can be named on a byline. */
    public static final Set<String> STAFF = Set.of(CONTRIBUTOR, AUTHOR, EDITOR, ADMIN);

    /** Those who decide for the whole newsroom: any article, the comments, the speakers. */
    public static final Set<String> EDITORS = Set.of(EDITOR, ADMIN);

    /**
     * Whether a page marked {@code @RolesAllowed} lets in a caller with these roles (an unmarked one lets in
     * anyone): one reading of the annotation for navigation, the first response and the menus that link pages.
     */
    public static boolean admit(Class<?> page, Predicate<String> callerIsInRole) {
        var allowed = page.getAnnotation(RolesAllowed.class);
        return allowed == null || Arrays.stream(allowed.value()).anyMatch(callerIsInRole);
    }

    private Roles() {
    }
}
