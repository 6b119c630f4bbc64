package org.broadsheet.people;

import java.time.Instant;

/** One line of an account's record: who did what to it, when, and what they said about it. */
public record AccountEvent(Instant at, String actor, String action, String detail) {
}
