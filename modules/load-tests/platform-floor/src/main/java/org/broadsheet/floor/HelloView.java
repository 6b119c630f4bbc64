package org.broadsheet.floor;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;

/** Vaadin's hello world: the least a page view can cost on this stack, to hold Broadsheet's figures against. */
@Route("")
public class HelloView extends VerticalLayout {

    public HelloView() {
        add(new H1("Hello Vaadin"), new Paragraph("One heading and one paragraph: nothing of Broadsheet."));
    }
}
