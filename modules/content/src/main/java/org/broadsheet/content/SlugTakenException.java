package org.broadsheet.content;

import jakarta.ejb.ApplicationException;

/** Two articles cannot share one address. */
@ApplicationException(rollback = true)
public class SlugTakenException extends RuntimeException {

    public SlugTakenException(String slug) {
        super("Another article already uses the address /articles/" + slug + ". Choose a different slug.");
    }
}
