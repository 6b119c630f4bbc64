package org.broadsheet.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.ejb.EJBException;
import java.time.ZoneOffset;
import java.util.function.Consumer;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Restriction;
import org.broadsheet.shared.Dateline;

/**
 * An account's standing, for an admin: suspend or ban it with a reason and an optional last day, lift that,
 * take all its comments off the site in one step, and read its record (who did what, when, and why).
 */
class AccountStandingPanel extends VerticalLayout {

    private final Accounts accounts;
    private final Consumer<String> done;
    private final Consumer<String> refuse;
    private final Paragraph standing = new Paragraph();
    private final Select<Restriction.Kind> kind = new Select<>();
    private final TextField reason = new TextField("Reason (kept on the record)");
    private final DatePicker until = new DatePicker("Until the end of (optional)");
    private final UnorderedList record = new UnorderedList();
    private AccountSummary account;

    AccountStandingPanel(Accounts accounts, Consumer<String> done, Consumer<String> refuse) {
        this.accounts = accounts;
        this.done = done;
        this.refuse = refuse;
        setPadding(false);
        kind.setLabel("Restriction");
        kind.setItems(Restriction.Kind.values());
        kind.setItemLabelGenerator(Restriction.Kind::label);
        kind.setValue(Restriction.Kind.SUSPENDED);
        reason.setWidth("min(100%, 32rem)");
        reason.setMaxLength(Restriction.MAX_REASON);
        until.setHelperText("Empty: until an admin lifts it.");
        var restrict = new Button("Restrict", click -> act(() -> accounts.restrict(account.id(), kind.getValue(),
                reason.getValue(), until.getOptionalValue()
                        .map(day -> day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)).orElse(null)),
                "Restricted: " + kind.getValue().label()));
        restrict.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var lift = new Button("Lift restriction", click -> act(() -> accounts.lift(account.id(), reason.getValue()),
                "Restriction lifted"));
        var withdraw = new Button("Hide all their comments", click -> act(
                () -> accounts.withdrawComments(account.id(), reason.getValue()), "All their comments are hidden"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var fields = new HorizontalLayout(kind, reason, until);
        fields.setWrap(true);
        fields.setAlignItems(Alignment.BASELINE);
        record.getElement().setAttribute("aria-label", "Record");
        add(new H3("Standing"), standing, fields, new HorizontalLayout(restrict, lift, withdraw), new H3("Record"),
                record);
    }

    void show(AccountSummary shown) {
        account = shown;
        setVisible(shown != null);
        if (shown == null) {
            return;
        }
        var restriction = shown.restriction();
        standing.setText(restriction == null ? "In good standing."
                : restriction.kind().label() + (restriction.until() == null ? ", until lifted"
                        : ", until " + Dateline.minute(restriction.until())) + ". Reason: " + restriction.reason());
        reason.clear();
        until.clear();
        record.removeAll();
        accounts.record(shown.id(), 20).forEach(event -> record.add(new ListItem(Dateline.minute(event.at()) + " · "
                + event.actor() + " · " + event.action() + (event.detail() == null ? "" : " · " + event.detail()))));
        if (record.getChildren().findAny().isEmpty()) {
            record.add(new ListItem("Nothing on record yet."));
        }
    }

    private void act(Runnable step, String outcome) {
        try {
            step.run();
        } catch (EJBException refused) {
            refuse.accept(PeopleView.messageOf(refused));
            return;
        }
        done.accept(outcome);
        show(accounts.byUsername(account.username()).orElse(account));
    }
}
