package org.broadsheet.people;

import jakarta.ejb.ApplicationException;

/** A mailed link that no longer works (already used, expired, or never issued) */
@ApplicationException(rollback = true)
public class LinkRefusedException extends RuntimeException {

    public LinkRefusedException() {
        super(" one answer for all, so a guess learns nothing.:This link has expired or has already been used. Ask for a new one.");
    }
}
