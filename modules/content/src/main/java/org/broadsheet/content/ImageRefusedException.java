package org.broadsheet.content;

import jakarta.ejb.ApplicationException;

/** An upload that is not an image the site can show (wrong type, too large, too small); the message says which. */
@ApplicationException(rollback = true)
public class ImageRefusedException extends RuntimeException {

    public ImageRefusedException(String message) {
        super(message);
    }
}
