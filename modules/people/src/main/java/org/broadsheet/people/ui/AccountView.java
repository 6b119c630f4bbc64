package org.broadsheet.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.MailChoices;
import org.broadsheet.people.MailLinksUnavailableException;
import org.broadsheet.people.TooManyRequestsException;
import org.broadsheet.people.WrongPasswordException;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.ui.AccountSection;
import org.broadsheet.shared.ui.PublicAddress;
import org.broadsheet.shared.ui.SignOut;

/**
 * The signed-in person's own account: their name, their password, signing out on every device, downloading what
 * the site keeps about them, and (for readers) deleting the account.
 */
@Dependent
@Route("account")
@PageTitle("Your account")
@RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
public class AccountView extends AccountForm {

    private final Accounts accounts;
    private final TextField name = new TextField("Your name");
    private final PasswordField current = new PasswordField("Current password");
    private final PasswordField replacement = new PasswordField("New password");
    private final PasswordField confirmDeletion = new PasswordField("Your password, to confirm");
    private final EmailField newEmail = new EmailField("New email address");
    private final Checkbox replies = new Checkbox("Mail me when someone replies to my comments");
    private final Checkbox digest = new Checkbox("Mail me a daily list of comments waiting for moderation");
    private final PasswordField confirmAddress = new PasswordField("Your password");

    @Inject
    public AccountView(Accounts accounts, ClientAddresses addresses, PublicAddress site, Instance<AccountSection> sections) {
        super(addresses, site);
        this.accounts = accounts;
        var you = accounts.you().orElseThrow();
        name.setValue(you.displayName());
        var choices = accounts.yourMailChoices();
        replies.setValue(choices.replies());
        digest.setValue(choices.moderationDigest());
        digest.setVisible(you.roles().stream().anyMatch(Roles.EDITORS::contains));
        name.setHelperText("Shown with your comments.");
        current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        confirmAddress.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        newEmail.setAutocomplete(Autocomplete.EMAIL);
        replacement.setAutocomplete(Autocomplete.NEW_PASSWORD);
        replacement.setHelperText("At least 12 characters. Your other devices are signed out.");
        add(new H1("Your account"), new Paragraph("Signed in as " + (you.email() == null ? you.username() : you.email())),
                problem,
                new H2("Name"), name, new Button("Save name", click -> rename()));
        // What other modules keep of the person (their picture) is theirs to show and change.
        sections.forEach(section -> add(section.section()));
        add(new H2("Email address"), newEmail, confirmAddress,
                new Button("Change address", click -> changeEmail()),
                new H2("Password"), current, replacement, new Button("Change password", click -> changePassword()),
                new H2("Mail from us"), replies, digest, new Button("Save mail choices", click -> chooseMail()),
                new H2("Devices"), new Paragraph("Signed in somewhere you no longer use? End every session at once,"
                        + " and no device stays signed in."),
                new HorizontalLayout(new Button("Sign out", click -> SignOut.here()),
                        new Button("Sign out everywhere", click -> signOutEverywhere())),
                new H2("Your data"),
                download());
        if (you.roles().stream().anyMatch(Roles.STAFF::contains)) {
            add(new H2("Closing your account"), new Paragraph("Staff accounts are closed by an admin, so that your"
                    + " bylines stay right. Ask one."));
        } else {
            var delete = new Button("Delete my account", click -> erase());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            add(new H2("Delete your account"), new Paragraph("Your name and email address are erased. Your comments"
                    + " stay, shown as from a deleted account. This cannot be undone."), confirmDeletion, delete);
        }
    }

    /** A plain link to the file: the browser downloads it as any other. */
    private static Anchor download() {
        var link = new Anchor(YourData.PATH, "Download your data (JSON)");
        link.getElement().setAttribute("download", "your-broadsheet-data.json");
        link.getElement().setAttribute("router-ignore", true);
        return link;
    }

    private void rename() {
        problem.setVisible(false);
        try {
            accounts.rename(name.getValue());
        } catch (EJBException failed) {
            if (!showViolations(failed, Map.of("displayName", name, "arg0", name))) {
                throw failed;
            }
            return;
        }
        name.setInvalid(false);
        tell("Your name is changed.");
    }

    private void chooseMail() {
        accounts.chooseMail(new MailChoices(replies.getValue(), digest.getValue()));
        tell("Your mail choices are saved.");
    }

    private void changeEmail() {
        problem.setVisible(false);
        var address = newEmail.getValue().strip();
        try {
            accounts.changeEmail(address, confirmAddress.getValue(), origin());
        } catch (TooManyRequestsException | MailLinksUnavailableException refused) {
            refuse(refused.getMessage());
            return;
        } catch (WrongPasswordException wrong) {
            confirmAddress.setErrorMessage(wrong.getMessage());
            confirmAddress.setInvalid(true);
            return;
        } catch (EJBException failed) {
            if (!showViolations(failed, Map.of("newEmail", newEmail, "arg0", newEmail))) {
                throw failed;
            }
            return;
        }
        newEmail.clear();
        confirmAddress.clear();
        newEmail.setInvalid(false);
        confirmAddress.setInvalid(false);
        tell("We sent a link to " + address + ". Your address changes when you open it.");
    }

    private void changePassword() {
        problem.setVisible(false);
        try {
            accounts.changePassword(current.getValue(), replacement.getValue());
        } catch (WrongPasswordException wrong) {
            current.setErrorMessage(wrong.getMessage());
            current.setInvalid(true);
            return;
        } catch (EJBException failed) {
            if (!showViolations(failed, Map.of("replacement", replacement, "arg1", replacement))) {
                throw failed;
            }
            return;
        }
        // Every session of the account just ended; this one goes on, signed in from now.
        VaadinServletRequest.getCurrent().getHttpServletRequest().getSession()
                .setAttribute(Accounts.SIGNED_IN_AT, Instant.now());
        current.clear();
        replacement.clear();
        current.setInvalid(false);
        replacement.setInvalid(false);
        tell("Your password is changed. Your other devices are signed out.");
    }

    private void signOutEverywhere() {
        accounts.signOutEverywhere();
        SignOut.here();
    }

    private void erase() {
        problem.setVisible(false);
        try {
            accounts.erase(confirmDeletion.getValue());
        } catch (WrongPasswordException wrong) {
            confirmDeletion.setErrorMessage(wrong.getMessage());
            confirmDeletion.setInvalid(true);
            return;
        }
        SignOut.here();
    }

    private static void tell(String message) {
        Notification.show(message, 4_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
