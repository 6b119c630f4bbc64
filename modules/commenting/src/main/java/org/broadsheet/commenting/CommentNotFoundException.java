package org.broadsheet.commenting;

import jakarta.ejb.ApplicationException;

/** The comment is gone, or was already moderated by someone else. */
@ApplicationException(rollback = true)
public class CommentNotFoundException extends RuntimeException {

    public CommentNotFoundException(String message) {
        super(message);
    }
}
