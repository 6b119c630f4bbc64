package org.broadsheet.admin.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.people.Outbox;
import org.broadsheet.people.OutboxMail;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.Roles;

/**
 * The mail the site sent or holds, newest first, a page at a time: with no SMTP server configured it is the only
 * way a confirmation or reset link reaches anyone, so an admin can read it out to the person it is for.
 */
@Dependent
@Route("admin/outbox")
@PageTitle("Outbox")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout {

    @Inject
    public OutboxView(Outbox outbox) {
        setSizeFull();
        var grid = new Grid<OutboxMail>();
        grid.addColumn(OutboxMail::recipient).setHeader("To").setFlexGrow(2);
        grid.addColumn(OutboxMail::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(mail -> Dateline.minute(mail.queuedAt())).setHeader("Written");
        grid.addColumn(OutboxMail::state).setHeader("Delivery").setFlexGrow(2);
        grid.setItems(query -> outbox.newest(query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count()));
        grid.setAriaLabel("Outbox");
        // The text only for the mail opened: a page of the grid never carries bodies to the browser.
        grid.setItemDetailsRenderer(new ComponentRenderer<>(mail -> new Pre(mail.body())));
        add(new H1("Outbox"), new Paragraph("Choose a mail to read it. Links in it work once: pass them only to the"
                + " person the mail is for."), grid);
        setFlexGrow(1, grid);
    }
}
