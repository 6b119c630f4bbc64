package org.broadsheet.people.ui;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.people.Registrations;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.ui.PublicAddress;

/** Where a reset link leads. */
@Dependent
@Route("account/new-password")
@PageTitle("Choose a new password")
public class NewPasswordView extends PasswordByLink {

    @Inject
    public NewPasswordView(Registrations registrations, ClientAddresses addresses, PublicAddress site) {
        super(addresses, site, "Choose a new password", "Set my new password", "Your new password is set",
                registrations::resetPassword);
    }
}
