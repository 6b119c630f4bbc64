package org.broadsheet.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.people.Registrations;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * Where a confirmation link leads. The link is used when the reader presses the button, not when the page
 * opens: mail scanners open links to check them, and must not use up a link meant for a person.
 */
@Dependent
@Route("account/confirm")
@PageTitle("Confirm your email address")
public class ConfirmEmailView extends AccountForm implements BeforeEnterObserver {

    private final Registrations registrations;
    private String token = "";

    @Inject
    public ConfirmEmailView(Registrations registrations, ClientAddresses addresses, PublicAddress site) {
        super(addresses, site);
        this.registrations = registrations;
        var confirm = new Button("Confirm my email address", click -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Confirm your email address"), problem, confirm);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = parameter(event, "token");
    }

    private void confirm() {
        try {
            registrations.confirm(token);
        } catch (LinkRefusedException refused) {
            refuse(refused.getMessage() + " If you registered more than two days ago, register again.");
            return;
        }
        removeAll();
        add(new H1("Your address is confirmed"), new Paragraph("Welcome. You can sign in now."),
                new Anchor("login", "Sign in"));
    }
}
