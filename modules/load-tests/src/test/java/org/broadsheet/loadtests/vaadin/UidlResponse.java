package org.broadsheet.loadtests.vaadin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;

/**
 * One UIDL answer of the server, checked the way the browser client would react to it: an expired session,
 * an application error or a resynchronisation request ends the page view; otherwise its sync and client ids
 * and its changed nodes are read.
 */
public final class UidlResponse {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String GRID_CONFIRM = "$0.$connector.confirm($1)";

    private final JsonNode root;
    private String text;
    private Map<Integer, UiNode> nodes;

    /** @param text the answer as received, or null to write it from {@code root} when {@link #mentions} needs it */
    private UidlResponse(JsonNode root, String text) {
        this.root = root;
        this.text = text;
    }

    /** A POST's answer: {@code {"syncId":…,"clientId":…,"changes":[…],…}} (older servers wrap it in for(;;);[…]). */
    public static UidlResponse read(String body) {
        var text = body.strip();
        if (text.startsWith("for(;;);")) {
            text = text.substring("for(;;);".length());
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException notJson) {
            throw new UidlProblem("bad_json", abbreviate(text));
        }
        if (root == null || root.isMissingNode()) {
            throw new UidlProblem("bad_json", abbreviate(text));
        }
        if (root.isArray()) {
            root = root.path(0);
        }
        return of(root, body);
    }

    static UidlResponse of(JsonNode root, String text) {
        var meta = root.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new UidlProblem("session_expired", "");
        }
        if (meta.has("appError")) {
            throw new UidlProblem("app_error", abbreviate(meta.path("appError").toString()));
        }
        if (root.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            throw new UidlProblem("resynchronize", "");
        }
        return new UidlResponse(root, text);
    }

    public OptionalInt syncId() {
        var id = root.path("syncId");
        return id.isNumber() ? OptionalInt.of(id.asInt()) : OptionalInt.empty();
    }

    public OptionalInt clientId() {
        var id = root.path("clientId");
        return id.isNumber() ? OptionalInt.of(id.asInt()) : OptionalInt.empty();
    }

    /** Whether the answer carries this text, as it is or JSON-escaped (the same rule as pageviews.mjs). */
    public boolean mentions(String words) {
        if (text == null) {
            text = root.toString();
        }
        return text.contains(words) || text.contains(escaped(words));
    }

    public Collection<UiNode> nodes() {
        if (nodes == null) {
            nodes = new LinkedHashMap<>();
            for (var change : root.path("changes")) {
                var id = change.path("node").asInt();
                nodes.computeIfAbsent(id, UiNode::new).apply(change);
            }
        }
        return nodes.values();
    }

    public Optional<UiNode> node(int id) {
        nodes();
        return Optional.ofNullable(nodes.get(id));
    }

    public Optional<UiNode> first(Predicate<UiNode> wanted) {
        return nodes().stream().filter(wanted).findFirst();
    }

    /** The element the server just created with this tag, or a {@code missing} problem naming it. */
    public UiNode required(String what, Predicate<UiNode> wanted) {
        return first(wanted).orElseThrow(() -> new UidlProblem("missing", what));
    }

    /**
     * Grid's data connector asks the browser to confirm every update it sends ({@code $0.$connector.confirm($1)}
     * in {@code execute}); the client answers each with a {@code confirmUpdate} call. Returns node and update id.
     */
    public List<int[]> gridUpdatesToConfirm() {
        var updates = new ArrayList<int[]>();
        for (var command : root.path("execute")) {
            var script = command.path(command.size() - 1).asText("");
            var target = command.path(0).path("@v-node");
            if (script.contains(GRID_CONFIRM) && target.isNumber()) {
                updates.add(new int[] {target.asInt(), command.path(1).asInt()});
            }
        }
        return updates;
    }

    private static String escaped(String words) {
        try {
            var json = JSON.writeValueAsString(words);
            return json.substring(1, json.length() - 1);
        } catch (JsonProcessingException impossible) {
            return words;
        }
    }

    static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }
}
