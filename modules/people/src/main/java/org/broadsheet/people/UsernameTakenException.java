package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/** Refuses a second account with the same username; the caller's transaction is rolled back. */
@ApplicationException(rollback = true)
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("The username '" + username + "' is already taken.");
    }
}
