package org.broadsheet.people.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import jakarta.servlet.http.HttpServletResponse;
import org.broadsheet.shared.ui.ForbiddenException;

/** What a signed-in reader sees on a staff page: a plain refusal with the way back. */
@PageTitle("Forbidden")
public class ForbiddenView extends VerticalLayout implements HasErrorParameter<ForbiddenException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<ForbiddenException> parameter) {
        removeAll();
        add(new H1("Forbidden"),
                new Paragraph("Your account may not open this page. It is for the newsroom's staff."),
                new Anchor("", "Back to the front page"));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
