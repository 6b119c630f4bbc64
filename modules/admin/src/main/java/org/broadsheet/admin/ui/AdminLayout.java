package org.broadsheet.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.SignOut;

/** The frame of every back-office page; applied by path, so the views need not name it. */
@Dependent
@Layout("/admin")
public class AdminLayout extends AppLayout {

    @Inject
    public AdminLayout(Site site) {
        var title = new Span(site.name() + " · Back office");
        title.addClassName("admin-title");
        var signOut = new Button("Sign out", click -> SignOut.here());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        addToNavbar(new DrawerToggle(), title, signOut);
        var nav = new SideNav();
        page(nav, "Dashboard", DashboardView.class);
        page(nav, "Articles", ArticlesView.class);
        page(nav, "Speakers", SpeakersView.class);
        page(nav, "Comments", ModerationView.class);
        page(nav, "House rules", HouseRulesView.class);
        page(nav, "People", PeopleView.class);
        page(nav, "Outbox", OutboxView.class);
        page(nav, "Your author page", AuthorPageView.class);
        nav.addItem(new SideNavItem("Your account", "account"));
        nav.addItem(new SideNavItem("View the site", "/"));
        addToDrawer(nav);
    }

    /** Only the pages the signed-in person's role opens: a contributor is not shown the comment queue. */
    private static void page(SideNav nav, String label, Class<? extends Component> view) {
        if (opens(view)) {
            nav.addItem(new SideNavItem(label, view));
        }
    }

    static boolean opens(Class<? extends Component> view) {
        var request = VaadinRequest.getCurrent();
        return request != null && Roles.admit(view, request::isUserInRole);
    }
}
