package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/** Refuses the change that would leave the site with nobody who can manage people and settings. */
@ApplicationException(rollback = true)
public class LastAdminException extends RuntimeException {

    public LastAdminException() {
        super("This is the last admin: make someone else an admin first.");
    }
}
