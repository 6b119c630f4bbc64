package org.broadsheet.app.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.broadsheet.shared.Roles;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * The masthead and footer around every public page; /admin has its own layout. Both are shared markup
 * ({@link Chrome}): on the page load of a reading page the browser takes over the first response's copy.
 */
@Dependent
@Layout
public class PublicLayout extends Div implements RouterLayout, BeforeEnterObserver {

    private final Chrome chrome;
    private final Main main = new Main();
    // Until a navigation says otherwise, this layout is being written as a first response.
    private StaticHtml.Parts parts = StaticHtml.Parts.forFirstResponse();
    private boolean framed;

    @Inject
    public PublicLayout(Chrome chrome) {
        this.chrome = chrome;
        addClassName("public-layout");
        main.addClassName("site-main");
        add(main);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!framed) {
            parts = StaticHtml.Parts.entering(event);
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        if (!framed) {
            frame();
        }
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
    }

    private void frame() {
        framed = true;
        var request = VaadinRequest.getCurrent();
        var visitor = request == null || request.getUserPrincipal() == null ? Chrome.Visitor.ANONYMOUS
                : Roles.STAFF.stream().anyMatch(request::isUserInRole) ? Chrome.Visitor.STAFF : Chrome.Visitor.READER;
        // The first response is the same for everyone; the signed in get their own masthead sent.
        var sent = visitor == Chrome.Visitor.ANONYMOUS ? parts : StaticHtml.Parts.sent();
        addComponentAsFirst(sent.of("masthead", chrome.masthead(visitor)));
        add(parts.of("footer", chrome.footer()));
    }
}
