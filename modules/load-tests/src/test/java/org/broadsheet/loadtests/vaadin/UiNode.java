package org.broadsheet.loadtests.vaadin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one UIDL response says about one node of the UI's state tree: the element's tag, attributes,
 * properties, DOM listeners (event name to the constant that lists the data the browser must send), children
 * and text. Only what the response itself carries: a node created earlier and not changed is absent.
 */
public final class UiNode {

    /** Flow's node features, by the numbers the changes carry. */
    static final int ELEMENT_DATA = 0;
    static final int ELEMENT_PROPERTIES = 1;
    static final int ELEMENT_CHILDREN = 2;
    static final int ELEMENT_ATTRIBUTES = 3;
    static final int ELEMENT_LISTENERS = 4;
    static final int TEXT = 7;

    private final int id;
    private String tag;
    private String text;
    private final Map<String, String> attributes = new HashMap<>();
    private final Map<String, JsonNode> properties = new HashMap<>();
    private final Map<String, String> listeners = new HashMap<>();
    private final List<Integer> children = new ArrayList<>();

    UiNode(int id) {
        this.id = id;
    }

    void apply(JsonNode change) {
        var type = change.path("type").asText();
        var feature = change.path("feat").asInt(-1);
        var key = change.path("key").asText();
        if (type.equals("put")) {
            var value = change.path("value");
            switch (feature) {
                case ELEMENT_DATA -> {
                    if (key.equals("tag")) {
                        tag = value.asText();
                    }
                }
                case ELEMENT_PROPERTIES -> properties.put(key, value);
                case ELEMENT_ATTRIBUTES -> attributes.put(key, value.asText());
                case ELEMENT_LISTENERS -> listeners.put(key, value.asText());
                case TEXT -> text = value.asText();
                default -> { }
            }
        } else if (type.equals("splice") && feature == ELEMENT_CHILDREN) {
            change.path("addNodes").forEach(child -> children.add(child.asInt()));
        }
    }

    public int id() {
        return id;
    }

    public boolean is(String tagName) {
        return tagName.equals(tag);
    }

    public String tag() {
        return tag;
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    public boolean hasProperty(String name) {
        return properties.containsKey(name);
    }

    public boolean listensTo(String event) {
        return listeners.containsKey(event);
    }

    public List<Integer> children() {
        return children;
    }

    public String text() {
        return text;
    }
}
