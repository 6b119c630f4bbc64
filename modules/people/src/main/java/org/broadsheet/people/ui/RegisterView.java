package org.broadsheet.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Map;
import org.broadsheet.people.MailLinksUnavailableException;
import org.broadsheet.people.NewReader;
import org.broadsheet.people.RegistrationClosedException;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.TooManyRequestsException;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * A reader opens an account: name, email address, password. Whatever the address, the page then says the same
 * thing (a link is on its way), so it never tells whether someone already has an account.
 */
@Dependent
@Route("register")
@PageTitle("Create an account")
public class RegisterView extends AccountForm {

    private final Registrations registrations;
    private final TextField name = new TextField("Your name");
    private final EmailField email = new EmailField("Email address");
    private final PasswordField password = new PasswordField("Password");
    private final Button create = new Button("Create account");

    @Inject
    public RegisterView(Registrations registrations, ClientAddresses addresses, PublicAddress site) {
        super(addresses, site);
        this.registrations = registrations;
        name.setHelperText("Shown with your comments.");
        name.setAutocomplete(Autocomplete.NAME);
        email.setAutocomplete(Autocomplete.EMAIL);
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least 12 characters. A few unrelated words are strong and easy to remember.");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> register());
        add(new H1("Create an account"), problem, name, email, password, create,
                new Paragraph(new Anchor("login", "Already have an account? Sign in")));
        if (!registrations.isOpen()) {
            refuse(new RegistrationClosedException().getMessage());
            create.setEnabled(false);
        }
    }

    private void register() {
        problem.setVisible(false);
        try {
            registrations.register(new NewReader(name.getValue(), email.getValue(), password.getValue()), origin());
        } catch (RegistrationClosedException | TooManyRequestsException | MailLinksUnavailableException refused) {
            refuse(refused.getMessage());
            return;
        } catch (EJBException failed) {
            if (!showViolations(failed, Map.of("displayName", name, "email", email, "password", password))) {
                throw failed;
            }
            return;
        }
        removeAll();
        add(new H1("Check your inbox"),
                new Paragraph("We sent a link to " + email.getValue().strip() + ". Open it to confirm the address, then"
                        + " sign in. The link works for two days; if no mail arrives in a few minutes, look in the"
                        + " spam folder."),
                new Anchor("login", "Sign in"));
    }
}
