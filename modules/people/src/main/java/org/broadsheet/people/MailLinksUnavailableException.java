package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/**
 * A mail with a link cannot be sent: the site's public address is not configured and the request did not come
 * to this machine, so no address is known that links could safely lead to. The log says what to set.
 */
@ApplicationException(rollback = true)
public class MailLinksUnavailableException extends RuntimeException {

    public MailLinksUnavailableException() {
        super("The site cannot send mail with links yet: its public address is not configured. Please tell the"
                + " site's admin.");
    }
}
