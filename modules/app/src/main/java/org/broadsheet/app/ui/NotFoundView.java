package org.broadsheet.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that is not there, said plainly, with the way back: the first response of an address that leads
 * nowhere ({@link FirstResponses}, HTTP 404, no scripts), and what Vaadin shows when a navigation inside a
 * live page leads nowhere.
 */
@PageTitle(NotFoundView.TITLE)
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    static final String TITLE = "Not found";

    public NotFoundView() {
        addClassName("not-found");
        var home = new Anchor(".", "Go to the front page");
        home.getElement().setAttribute("router-ignore", true);
        add(new H1("Page not found"),
                new Paragraph("There is nothing at this address. The article may have been moved or taken down."),
                home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
