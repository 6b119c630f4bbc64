package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/**
 * Refuses a second account with the same email address, whatever its case. Only staff ever see this (an admin
 * opening an account); a reader registering is never told whether an address has an account.
 */
@ApplicationException(rollback = true)
public class EmailTakenException extends RuntimeException {

    public EmailTakenException(String email) {
        super("Another account already has the email address " + email + ".");
    }
}
