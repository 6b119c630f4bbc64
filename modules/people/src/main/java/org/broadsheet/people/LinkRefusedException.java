package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/**
 * A mailed link that no longer works (already used, expired, or never issued): one answer for all, so a guess
 * learns nothing.
 */
@ApplicationException(rollback = true)
public class LinkRefusedException extends RuntimeException {

    public LinkRefusedException() {
        super("This link has expired or has already been used. Ask for a new one.");
    }
}
