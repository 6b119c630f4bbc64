package org.broadsheet.people.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.people.Registrations;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/** Where an invitation leads: the invited person chooses their password and so joins. */
@Dependent
@Route("account/join")
@PageTitle("Join the newsroom")
public class JoinView extends PasswordByLink {

    @Inject
    public JoinView(Registrations registrations, ClientAddresses addresses, PublicAddress site) {
        super(addresses, site, "Choose your password to join", "Join", "Welcome: you have joined",
                registrations::join);
    }
}
