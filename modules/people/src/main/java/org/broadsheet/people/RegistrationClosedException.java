package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/** Readers may not open accounts themselves */
@ApplicationException(rollback = true)
public class RegistrationClosedException extends RuntimeException {

    public RegistrationClosedException() {
        super(" an admin closed registration.:Registration is closed for now.");
    }
}
