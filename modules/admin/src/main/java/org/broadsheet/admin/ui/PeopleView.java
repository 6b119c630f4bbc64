package org.broadsheet.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.EmailTakenException;
import org.broadsheet.people.LastAdminException;
import org.broadsheet.people.MailLinksUnavailableException;
import org.broadsheet.people.Invitation;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.RequestOrigin;
import org.broadsheet.shared.ClientAddresses;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * Everyone with an account, a page at a time from the database, found by the start of their name, username or
 * email address; an admin changes what someone may do, restricts an account, and invites new people by mail.
 */
@Dependent
@Route("admin/people")
@PageTitle("People")
@RolesAllowed(Roles.ADMIN)
public class PeopleView extends VerticalLayout {

    /** What each role means, in the words the admin chooses by. */
    static final Map<String, String> ROLE_NAMES = Map.of(
            Roles.READER, "Reader: comments",
            Roles.CONTRIBUTOR, "Contributor: writes drafts",
            Roles.AUTHOR, "Author: publishes their own",
            Roles.EDITOR, "Editor: publishes any, moderates",
            Roles.ADMIN, "Admin: people and settings");

    private final Accounts accounts;
    private final TextField start = new TextField("Name, username or email starts with");
    private final Grid<AccountSummary> grid = new Grid<>();
    private final H2 chosen = new H2();
    private final CheckboxGroup<String> roles = roleChoice("Roles");
    private final Button saveRoles = new Button("Save roles");
    private final Paragraph problem = new Paragraph();
    private final EmailField email = new EmailField("Email address");
    private final TextField name = new TextField("Name");
    private final CheckboxGroup<String> newRoles = roleChoice("Their roles");
    private final Button invite = new Button("Send invitation");
    private final Registrations registrations;
    private final ClientAddresses addresses;
    private final PublicAddress site;
    private final AccountStandingPanel standing;
    private AccountSummary editing;

    @Inject
    public PeopleView(Accounts accounts, Registrations registrations, SiteSettings settings, ClientAddresses addresses,
            PublicAddress site) {
        this.accounts = accounts;
        this.registrations = registrations;
        this.addresses = addresses;
        this.site = site;
        this.standing = new AccountStandingPanel(accounts, message -> {
            grid.getDataProvider().refreshAll();
            done(message);
        }, this::refuse);
        var registration = new Checkbox("Readers may create accounts themselves", settings.readersMayRegister());
        registration.setHelperText("When off, only admins open accounts; readers comment as guests.");
        registration.addValueChangeListener(change -> {
            settings.letReadersRegister(change.getValue());
            done(change.getValue() ? "Registration is open" : "Registration is closed");
        });
        start.setValueChangeMode(ValueChangeMode.LAZY);
        start.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        grid.addColumn(AccountSummary::displayName).setHeader("Name").setFlexGrow(2);
        grid.addColumn(account -> account.email() == null ? "" : account.email()).setHeader("Email").setFlexGrow(2);
        grid.addColumn(AccountSummary::username).setHeader("Username");
        grid.addColumn(account -> String.join(", ", Roles.ALL.stream().filter(account.roles()::contains).toList()))
                .setHeader("Roles");
        grid.addColumn(account -> Dateline.day(account.openedAt())).setHeader("Since");
        grid.setItems(query -> accounts.list(start.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, accounts.count(start.getValue())));
        grid.setAriaLabel("People");
        grid.addSelectionListener(selection -> edit(selection.getFirstSelectedItem().orElse(null)));
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        saveRoles.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveRoles.addClickListener(click -> saveRoles());
        email.setHelperText("They get a link to choose their password; it works once, for a week.");
        newRoles.setValue(Set.of(Roles.CONTRIBUTOR));
        invite.addClickListener(click -> invite());
        var inviting = new HorizontalLayout(email, name);
        inviting.setWrap(true);
        add(new H1("People"), registration, start, grid, problem, chosen, roles, saveRoles, standing,
                new H2("Invite someone"), inviting, newRoles, invite);
        edit(null);
    }

    private static CheckboxGroup<String> roleChoice(String label) {
        var choice = new CheckboxGroup<String>(label);
        choice.setItems(Roles.ALL);
        choice.setItemLabelGenerator(ROLE_NAMES::get);
        return choice;
    }

    private void edit(AccountSummary account) {
        editing = account;
        problem.setVisible(false);
        chosen.setText(account == null ? "" : account.displayName());
        roles.setValue(account == null ? Set.of() : account.roles());
        List.<Component>of(chosen, roles, saveRoles).forEach(part -> part.setVisible(account != null));
        standing.show(account);
    }

    private void saveRoles() {
        try {
            accounts.changeRoles(editing.id(), roles.getValue());
            grid.getDataProvider().refreshAll();
            done(editing.displayName() + " now has the roles chosen");
        } catch (LastAdminException refused) {
            refuse(refused.getMessage());
        } catch (EJBException refused) {
            refuse(messageOf(refused));
        }
    }

    private void invite() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        var origin = new RequestOrigin(addresses.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")),
                site.baseUrl(request));
        try {
            registrations.invite(new Invitation(email.getValue(), name.getValue(), newRoles.getValue()), origin);
        } catch (EmailTakenException | MailLinksUnavailableException refused) {
            refuse(refused.getMessage());
            return;
        } catch (EJBException refused) {
            refuse(messageOf(refused));
            return;
        }
        grid.getDataProvider().refreshAll();
        done("Invitation sent to " + email.getValue().strip());
        email.clear();
        name.clear();
    }

    /** The first thing the people module refused, said with the field it is about. */
    static String messageOf(EJBException refused) {
        return ArticleEditorView.violationsIn(refused)
                .map(violations -> violations.getConstraintViolations().iterator().next())
                .map(violation -> fieldName(violation.getPropertyPath().toString()) + ": " + violation.getMessage())
                .or(() -> ArticleEditorView.causeOf(refused, IllegalArgumentException.class).map(Throwable::getMessage))
                .orElseThrow(() -> refused);
    }

    private static String fieldName(String path) {
        var property = path.substring(path.lastIndexOf('.') + 1);
        return switch (property) {
            case "displayName" -> "Name";
            case "email" -> "Email address";
            case "reason" -> "Reason";
            default -> "Roles";
        };
    }

    private void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    private void done(String message) {
        problem.setVisible(false);
        Notification.show(message, 4_000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
