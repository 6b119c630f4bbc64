package org.broadsheet.people;

import java.time.Instant;

/**
 * What an admin took away from an account, why, and until when ({@code until} null: until lifted). A suspended
 * account signs in but may not comment; a banned one may do neither.
 */
public record Restriction(Kind kind, String reason, Instant until) {

    public static final int MAX_REASON = 500;

    public enum Kind {
        SUSPENDED("Suspended: may not comment"),
        BANNED("Banned: may not sign in or comment");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether it still holds at {@code now}: one with an end lapses by itself. */
    public boolean holdsAt(Instant now) {
        return until == null || now.isBefore(until);
    }
}
