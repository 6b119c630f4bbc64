package org.broadsheet.app;

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

/** A page that is not there, said plainly, with the way back; answered with HTTP 404 by {@link ShellStatus}. */
@PageTitle("Not found")
public class NotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        addClassName("not-found");
        add(new H1("Page not found"),
                new Paragraph("There is nothing at this address. The article may have been moved or taken down."),
                new Anchor("", "Go to the front page"));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
