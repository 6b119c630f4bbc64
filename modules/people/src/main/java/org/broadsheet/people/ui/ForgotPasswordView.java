package org.broadsheet.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.broadsheet.people.EmailAddress;
import org.broadsheet.people.MailLinksUnavailableException;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.TooManyRequestsException;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/** Someone who forgot their password asks for a link to choose a new one; the answer never says if the address is known. */
@Dependent
@Route("account/forgot")
@PageTitle("Forgot your password?")
public class ForgotPasswordView extends AccountForm {

    private final Registrations registrations;
    private final EmailField email = new EmailField("Email address");

    @Inject
    public ForgotPasswordView(Registrations registrations, ClientAddresses addresses, PublicAddress site) {
        super(addresses, site);
        this.registrations = registrations;
        email.setAutocomplete(Autocomplete.EMAIL);
        var send = new Button("Send me a link", click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Forgot your password?"),
                new Paragraph("Give the email address of your account and we will mail you a link to choose a new password."),
                problem, email, send);
    }

    private void send() {
        problem.setVisible(false);
        var address = email.getValue().strip();
        if (!address.matches(EmailAddress.PATTERN)) {
            email.setErrorMessage(EmailAddress.MALFORMED);
            email.setInvalid(true);
            return;
        }
        try {
            registrations.requestPasswordReset(address, origin());
        } catch (TooManyRequestsException | MailLinksUnavailableException refused) {
            refuse(refused.getMessage());
            return;
        } catch (EJBException failed) {
            if (!showViolations(failed, Map.of("email", email, "arg0", email))) {
                throw failed;
            }
            return;
        }
        removeAll();
        add(new H1("Check your inbox"),
                new Paragraph("If an account has the address " + address + ", a link to choose a new password is on its"
                        + " way. It works once, for an hour."));
    }
}
