package org.broadsheet.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import jakarta.ejb.EJBException;
import java.util.Map;
import java.util.function.BiConsumer;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * Where a mailed link to choose a password leads (a reset, an invitation): the password is set, and the link
 * used up, when the form is sent, never when the page opens (mail scanners open links to check them).
 */
abstract class PasswordByLink extends AccountForm implements BeforeEnterObserver {

    private final PasswordField password = new PasswordField("New password");
    private final Anchor askAgain = new Anchor("account/forgot", "Ask for a new link");
    private final BiConsumer<String, String> use;
    private final String done;
    private String token = "";

    /**
     * @param use what the link does with the token and the password chosen
     * @param done the heading once it is done
     */
    PasswordByLink(ClientAddresses addresses, PublicAddress site, String title, String action, String done,
            BiConsumer<String, String> use) {
        super(addresses, site);
        this.use = use;
        this.done = done;
        password.setAutocomplete(Autocomplete.NEW_PASSWORD);
        password.setHelperText("At least 12 characters. A few unrelated words are strong and easy to remember.");
        var set = new Button(action, click -> set());
        set.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        askAgain.setVisible(false);
        add(new H1(title), problem, askAgain, password, set);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = parameter(event, "token");
    }

    private void set() {
        problem.setVisible(false);
        try {
            use.accept(token, password.getValue());
        } catch (LinkRefusedException refused) {
            refuse(refused.getMessage());
            askAgain.setVisible(true);
            return;
        } catch (EJBException failed) {
            if (!showViolations(failed, Map.of("newPassword", password, "password", password, "arg1", password))) {
                throw failed;
            }
            return;
        }
        removeAll();
        add(new H1(done), new Paragraph("Sign in with your email address and this password from now on."),
                new Anchor("login", "Sign in"));
    }
}
