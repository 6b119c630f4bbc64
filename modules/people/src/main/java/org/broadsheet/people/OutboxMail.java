package org.broadsheet.people;

import java.time.Instant;

/**
 * A mail as the admin's outbox lists it. {@code sentAt} is null until it is delivered (never, with no SMTP
 * server); {@code withheld} says why one is never to be sent (a reset asked for an address no account has).
 */
public record OutboxMail(long id, String recipient, String subject, String body, Instant queuedAt, Instant sentAt,
        int attempts, String lastError, String withheld) {

    /** Where delivery stands, in the admin's words. */
    public String state() {
        if (sentAt != null) {
            return "Delivered";
        }
        if (withheld != null) {
            return "Not sent: " + withheld;
        }
        if (attempts == 0) {
            return "Kept here (no SMTP server, or waiting)";
        }
        return "Not delivered after " + attempts + (attempts == 1 ? " try" : " tries") + (lastError == null ? ""
                : ": " + lastError);
    }
}
