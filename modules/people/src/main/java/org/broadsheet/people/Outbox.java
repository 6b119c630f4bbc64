package org.broadsheet.people;

import java.util.List;

/**
 * Every mail the site sent or is about to send (confirmations, password resets), newest first. With no SMTP
 * server configured, mail stays here, and an admin reads it to help someone in. Admins only.
 */
public interface Outbox {

    List<OutboxMail> newest(int offset, int limit);

    long count();
}
