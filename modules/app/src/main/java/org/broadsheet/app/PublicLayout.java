package org.broadsheet.app;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.Site;

/** The masthead and footer around every public page; /admin has its own layout. */
@Dependent
@Layout
public class PublicLayout extends Div implements RouterLayout {

    private final Main main = new Main();

    @Inject
    public PublicLayout(Site site) {
        addClassName("public-layout");
        var masthead = new Anchor("", site.name());
        masthead.addClassName("masthead");
        var nav = new Nav(new Anchor("", "Front page"), staffLink());
        nav.getElement().setAttribute("aria-label", "Site");
        var header = new Header(masthead, nav);
        header.addClassName("site-header");
        main.addClassName("site-main");
        var footer = new Footer(new Div("© " + site.name() + ". Comments are moderated before they appear."));
        footer.addClassName("site-footer");
        add(header, main, footer);
    }

    private static Anchor staffLink() {
        var request = VaadinRequest.getCurrent();
        var staff = request != null && (request.isUserInRole(Roles.EDITOR) || request.isUserInRole(Roles.ADMIN));
        return staff ? new Anchor("admin", "Back office") : new Anchor("login", "Staff sign in");
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }
}
