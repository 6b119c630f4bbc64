package org.broadsheet.people.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.ui.ForbiddenException;

/**
 * Checks {@code @RolesAllowed} on every navigation, the first page load included. Vaadin navigates inside
 * one page, so a URL-based container constraint would only ever see the first request; this sees them all.
 * The services check the same roles again, so a view that forgot its annotation still cannot act.
 */
@ApplicationScoped
class ViewAccessControl {

    void installOn(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        if (event.getNavigationTarget().getAnnotation(RolesAllowed.class) == null) {
            return;
        }
        var request = VaadinRequest.getCurrent();
        if (request == null || request.getUserPrincipal() == null) {
            event.forwardTo(LoginView.ROUTE, QueryParameters.of(LoginView.CONTINUE, event.getLocation().getPath()));
            return;
        }
        if (!Roles.admit(event.getNavigationTarget(), request::isUserInRole)) {
            event.rerouteToError(new ForbiddenException("Forbidden: " + event.getLocation().getPath()), "Forbidden");
        }
    }
}
