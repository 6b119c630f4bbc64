package org.broadsheet.commenting;

import jakarta.ejb.ApplicationException;

/** The comment is gone, or the article it would go under takes no comments. */
@ApplicationException(rollback = true)
public class CommentNotFoundException extends RuntimeException {

    public CommentNotFoundException(String message) {
        super(message);
    }
}
