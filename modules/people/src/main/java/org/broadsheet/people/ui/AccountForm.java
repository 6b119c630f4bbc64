package org.broadsheet.people.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.ejb.EJBException;
import jakarta.validation.ConstraintViolationException;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.people.RequestOrigin;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * What the pages that ask for mailed links share (register, forgot password, new password, confirm): a narrow
 * column, a place for a refusal that a screen reader announces, and the request's origin for the service.
 */
abstract class AccountForm extends VerticalLayout {

    protected final Paragraph problem = new Paragraph();
    private final ClientAddresses addresses;
    private final PublicAddress site;

    AccountForm(ClientAddresses addresses, PublicAddress site) {
        this.addresses = addresses;
        this.site = site;
        addClassName("account-form");
        setMaxWidth("32rem");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
    }

    RequestOrigin origin() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        return new RequestOrigin(addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")),
                site.baseUrl(request));
    }

    void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    /**
     * Puts each of the service's Bean Validation refusals on the field it names ({@code fields} by property), so
     * every wrong field says so at once; false when the failure was something else.
     */
    boolean showViolations(EJBException failed, Map<String, HasValidation> fields) {
        Optional<ConstraintViolationException> violations = Optional.empty();
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException found) {
                violations = Optional.of(found);
            }
        }
        if (violations.isEmpty()) {
            return false;
        }
        fields.values().forEach(field -> field.setInvalid(false));
        for (var violation : violations.get().getConstraintViolations()) {
            var path = violation.getPropertyPath().toString();
            var field = fields.get(path.substring(path.lastIndexOf('.') + 1));
            if (field != null) {
                field.setErrorMessage(violation.getMessage());
                field.setInvalid(true);
            } else {
                refuse(violation.getMessage());
            }
        }
        return true;
    }

    /** A query parameter of the page's address, e.g. the token of a mailed link. */
    static String parameter(BeforeEnterEvent event, String name) {
        return event.getLocation().getQueryParameters().getSingleParameter(name).orElse("");
    }
}
