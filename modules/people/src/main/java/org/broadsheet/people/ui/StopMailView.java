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
import org.broadsheet.people.Accounts;
import org.broadsheet.people.LinkRefusedException;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * Where the stop link in a chosen mail leads. The mail stops when the person presses the button, not when the page
 * opens: mail scanners open links to check them. (Mail programs stop it in one click at {@link OneClickStop}.)
 */
@Dependent
@Route(StopMailView.PATH)
@PageTitle("Stop these mails")
public class StopMailView extends AccountForm implements BeforeEnterObserver {

    static final String PATH = "mail/stop";

    private final Accounts accounts;
    private String token = "";

    @Inject
    public StopMailView(Accounts accounts, ClientAddresses addresses, PublicAddress site) {
        super(addresses, site);
        this.accounts = accounts;
        var stop = new Button("Stop these mails", click -> stop());
        stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1("Stop these mails"), new Paragraph("You will get no more of the mails this link came with."),
                problem, stop);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = parameter(event, "token");
    }

    private void stop() {
        try {
            var topic = accounts.stopMail(token);
            removeAll();
            add(new H1("Stopped"), new Paragraph("You will get no more " + topic.description() + ". You can choose"
                    + " again on your account page."), new Anchor("account", "Your account"));
        } catch (LinkRefusedException refused) {
            refuse("This link no longer works. Choose your mail on your account page.");
        }
    }
}
