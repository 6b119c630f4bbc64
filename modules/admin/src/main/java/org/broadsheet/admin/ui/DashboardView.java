package org.broadsheet.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.commenting.ModerationQueue;
import org.broadsheet.commenting.QueueTab;
import org.broadsheet.content.Newsroom;
import org.broadsheet.shared.Roles;

/** Where staff land after signing in: what is waiting for them. */
@Dependent
@Route("admin")
@PageTitle("Back office")
@RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
public class DashboardView extends Div {

    @Inject
    public DashboardView(Newsroom newsroom, ModerationQueue moderation) {
        addClassName("admin-page");
        add(new H1("Back office"),
                new Paragraph(new RouterLink(newsroom.countArticles() + " articles", ArticlesView.class)));
        if (AdminLayout.opens(ModerationView.class)) {
            add(new Paragraph(new RouterLink(moderation.count(QueueTab.PENDING) + " comments awaiting moderation",
                    ModerationView.class)));
        }
    }
}
