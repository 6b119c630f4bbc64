package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/** The current password given to confirm a change (a new password, deleting the account) is not the account's. */
@ApplicationException(rollback = true)
public class WrongPasswordException extends RuntimeException {

    public WrongPasswordException() {
        super("That is not your current password.");
    }
}
