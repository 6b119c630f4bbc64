package org.broadsheet.people.ui;

/** Raised on navigation when a signed-in caller lacks the roles a view asks for. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
