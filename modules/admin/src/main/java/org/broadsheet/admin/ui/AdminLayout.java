package org.broadsheet.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import org.broadsheet.shared.Site;

/** The frame of every back-office page; applied by path, so the views need not name it. */
@Dependent
@Layout("/admin")
public class AdminLayout extends AppLayout {

    @Inject
    public AdminLayout(Site site) {
        var title = new Span(site.name() + " · Back office");
        title.addClassName("admin-title");
        var signOut = new Button("Sign out", click -> signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.addClassName("sign-out");
        addToNavbar(new DrawerToggle(), title, signOut);
        var nav = new SideNav();
        nav.addItem(new SideNavItem("Dashboard", DashboardView.class),
                new SideNavItem("Articles", ArticlesView.class),
                new SideNavItem("Speakers", SpeakersView.class),
                new SideNavItem("Comments", ModerationView.class),
                new SideNavItem("Your author page", AuthorPageView.class),
                new SideNavItem("View the site", "/"));
        addToDrawer(nav);
    }

    private static void signOut() {
        var request = VaadinServletRequest.getCurrent().getHttpServletRequest();
        try {
            request.logout();
        } catch (ServletException alreadyOut) {
            // Nothing to undo: invalidating the session below ends the sign-in regardless.
        }
        UI.getCurrent().getSession().getSession().invalidate();
        UI.getCurrent().getPage().setLocation("/");
    }
}
