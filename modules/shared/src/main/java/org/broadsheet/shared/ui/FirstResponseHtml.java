package org.broadsheet.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes a detached component tree as the HTML the browser will show once Vaadin has rendered it, so the
 * first response and the live view are one and the same DOM and the page does not jump when Vaadin takes
 * over. {@link StaticHtml} parts are written out in full; everything else as its element, attributes and
 * children (the same rules as Vaadin's {@code Element#getOuterHTML}, without reformatting, which could
 * change how inline text lays out).
 */
public final class FirstResponseHtml {

    private FirstResponseHtml() {
    }

    public static String of(Component root) {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        // Written through the document, whose settings apply only to what it holds.
        document.appendChild(toJsoup(document, root.getElement()));
        return document.html();
    }

    private static Node toJsoup(Document document, Element element) {
        if (element.isTextNode()) {
            return new TextNode(element.getText());
        }
        var target = document.createElement(element.getTag());
        element.getAttributeNames().forEach(name -> {
            var value = element.getAttribute(name);
            if (value == null || value.isEmpty()) {
                target.attr(name, true);
            } else {
                target.attr(name, value);
            }
        });
        if (!element.isVisible()) {
            target.attr("hidden", true);
        }
        if (element.getComponent().orElse(null) instanceof StaticHtml part) {
            target.append(part.html());
        } else if (element.hasProperty("innerHTML")) {
            target.append(String.valueOf(element.getPropertyRaw("innerHTML")));
        }
        element.getChildren().forEach(child -> target.appendChild(toJsoup(document, child)));
        return target;
    }
}
