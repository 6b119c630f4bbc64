package org.broadsheet.loadtests.vaadin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Some web components announce their initial state as soon as they are attached: Chromium then sends a
 * {@code <property>-changed} event and an {@code mSync} for each synchronised property the server did not set.
 * Which ones do is a matter of each component's code, not of the UIDL, so this table lists those seen in
 * Broadsheet's back office and sign-in page (captured with Chromium at 1280x720, see README.md), with the
 * values a desktop window reports. Grid columns and fields, for instance, announce nothing.
 */
final class ComponentAnnouncements {

    private record Announcement(String tag, String property, JsonNode value) {

        String event() {
            return property.replaceAll("([A-Z])", "-$1").toLowerCase() + "-changed";
        }
    }

    private static final JsonNodeFactory VALUES = JsonNodeFactory.instance;
    private static final List<Announcement> KNOWN = List.of(
            new Announcement("vaadin-login-form", "error", VALUES.booleanNode(false)),
            new Announcement("vaadin-app-layout", "primarySection", VALUES.textNode("navbar")),
            new Announcement("vaadin-app-layout", "drawerOpened", VALUES.booleanNode(true)),
            new Announcement("vaadin-app-layout", "overlay", VALUES.booleanNode(false)),
            new Announcement("vaadin-side-nav", "collapsed", VALUES.booleanNode(false)),
            new Announcement("vaadin-side-nav-item", "expanded", VALUES.booleanNode(false)));

    private ComponentAnnouncements() {
    }

    /** Appends to {@code rpc} what Chromium sends for the components this response attached: events first, then values, newest node first. */
    static void of(UidlResponse response, ArrayNode rpc) {
        var due = new ArrayList<Map.Entry<UiNode, Announcement>>();
        response.nodes().stream()
                .sorted(Comparator.comparingInt(UiNode::id).reversed())
                .forEach(node -> KNOWN.stream()
                        .filter(known -> node.is(known.tag()))
                        .filter(known -> node.listensTo(known.event()) && !node.hasProperty(known.property()))
                        .forEach(known -> due.add(Map.entry(node, known))));
        due.forEach(entry -> rpc.add(Rpc.event(entry.getKey().id(), entry.getValue().event())));
        due.forEach(entry -> rpc.add(Rpc.propertySync(entry.getKey().id(), entry.getValue().property(), entry.getValue().value())));
    }
}
