package org.broadsheet.loadtests.vaadin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The client-to-server invocations Broadsheet's pages provoke, shaped as Flow's client sends them. */
public final class Rpc {

    private Rpc() {
    }

    /** A DOM event the server listens to, with the event data the listener's constant asked for. */
    public static ObjectNode event(int node, String event, ObjectNode data) {
        var rpc = UidlResponse.JSON.createObjectNode();
        rpc.put("type", "event").put("node", node).put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    public static ObjectNode event(int node, String event) {
        return event(node, event, UidlResponse.JSON.createObjectNode());
    }

    /** A property the browser changed and the server synchronises ({@code mSync}, feature 1 = element properties). */
    public static ObjectNode propertySync(int node, String property, JsonNode value) {
        var rpc = UidlResponse.JSON.createObjectNode();
        rpc.put("type", "mSync").put("node", node).put("feature", UiNode.ELEMENT_PROPERTIES).put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    public static ObjectNode propertySync(int node, String property, String value) {
        return propertySync(node, property, UidlResponse.JSON.getNodeFactory().textNode(value));
    }

    /** Grid's answer to {@code $connector.confirm(id)}: a published server method with a promise number. */
    public static ObjectNode confirmUpdate(int node, int updateId, int promise) {
        var rpc = UidlResponse.JSON.createObjectNode();
        rpc.put("type", "publishedEventHandler").put("node", node).put("templateEventMethodName", "confirmUpdate");
        rpc.putArray("templateEventMethodArgs").add(updateId);
        rpc.put("promise", promise);
        return rpc;
    }

    /** What a mouse click on a Vaadin button sends: the listener asks for these keys; the values are a real click's. */
    public static ObjectNode buttonClick(int node) {
        var data = UidlResponse.JSON.createObjectNode();
        data.put("event.shiftKey", false).put("event.metaKey", false).put("event.detail", 1)
                .put("event.ctrlKey", false).put("event.clientX", 341).put("event.clientY", 563)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 660).put("event.screenX", 351);
        return event(node, "click", data);
    }
}
