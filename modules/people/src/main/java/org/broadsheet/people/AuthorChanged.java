package org.broadsheet.people;

/**
 * Fired (as a CDI event) when what an author page shows of its author changes, e.g. their bio. Observe it
 * {@code during = AFTER_SUCCESS} to forget copies of pages that show it.
 */
public record AuthorChanged(long accountId) {
}
