package org.broadsheet.people.internal;

/** A mail written to the outbox, announced once its transaction commits (never for one that rolled back). */
public record MailQueued(long id, String recipient, String subject, String body, String unsubscribeUrl) {
}
