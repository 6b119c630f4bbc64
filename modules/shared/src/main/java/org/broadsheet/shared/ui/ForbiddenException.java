package org.broadsheet.shared.ui;

/** Raised on navigation when a signed-in caller lacks the roles a view asks for, or the rights to what it shows. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
