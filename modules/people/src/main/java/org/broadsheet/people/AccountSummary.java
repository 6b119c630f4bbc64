package org.broadsheet.people;

import java.util.Set;

/** An account as other modules may see it: never its password hash. */
public record AccountSummary(long id, String username, String displayName, Set<String> roles) {

    public AccountSummary {
        roles = Set.copyOf(roles);
    }
}
