package org.broadsheet.commenting;

import jakarta.ejb.ApplicationException;

/**
 * A comment is approved or rejected once: this decision came from a screen that did not yet show someone
 * else's, made a moment earlier or at the same time.
 */
@ApplicationException(rollback = true)
public class CommentAlreadyModeratedException extends RuntimeException {

    public CommentAlreadyModeratedException() {
        super("Someone else has already moderated this comment; your decision was not applied.");
    }
}
