package org.broadsheet.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.ServletException;

/** Ends the sign-in and the session of the browser that asks, and takes it to the front page as a visitor. */
public final class SignOut {

    private SignOut() {
    }

    public static void here() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        try {
            request.logout();
        } catch (ServletException alreadyOut) {
            // Nothing to undo: invalidating the session below ends the sign-in regardless.
        }
        UI.getCurrent().getSession().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("/");
    }
}
