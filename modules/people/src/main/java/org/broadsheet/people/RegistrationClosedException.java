package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/** Readers may not open accounts themselves: an admin closed registration. */
@ApplicationException(rollback = true)
public class RegistrationClosedException extends RuntimeException {

    public RegistrationClosedException() {
        super("Registration is closed for now.");
    }
}
