package org.broadsheet.people;

import java.time.Instant;
import java.util.Set;

/**
 * An account as other modules may see it: never its password hash. {@code email} is null for accounts older than
 * addresses; {@code restriction} is null for an account in good standing (a lapsed one is not reported).
 */
public record AccountSummary(long id, String username, String displayName, Set<String> roles, String email,
        Instant openedAt, Restriction restriction) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
