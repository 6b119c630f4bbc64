package org.broadsheet.loadtests.vaadin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One browser tab's Vaadin UI as its client keeps it: the UI id and CSRF token from {@code ?v-r=init}, the
 * sync and client ids that every message echoes, the promise counter, and the last answer (where the next
 * message finds its node ids). One per visitor and page; a Gatling virtual user uses it from one thread at a time.
 */
public final class LiveUi {

    private final int uiId;
    private final String csrfToken;
    private int syncId;
    private int clientId;
    private final Map<Integer, Integer> promises = new HashMap<>();
    private int historyIndex;
    private UidlResponse last;

    private LiveUi(int uiId, String csrfToken, int syncId, int clientId, UidlResponse first) {
        this.uiId = uiId;
        this.csrfToken = csrfToken;
        this.syncId = syncId;
        this.clientId = clientId;
        this.last = first;
    }

    /** Reads the answer to {@code ?v-r=init}: {@code {"appConfig":{"v-uiId":…,"uidl":{"Vaadin-Security-Key":…}},"errors":null}}. */
    public static LiveUi open(String initBody) {
        JsonNode root;
        try {
            root = UidlResponse.JSON.readTree(initBody);
        } catch (JsonProcessingException notJson) {
            throw new UidlProblem("bad_json", UidlResponse.abbreviate(initBody));
        }
        if (root == null || !root.path("errors").isMissingNode() && !root.path("errors").isNull()) {
            throw new UidlProblem("errors", root == null ? "" : UidlResponse.abbreviate(root.path("errors").toString()));
        }
        var config = root.path("appConfig");
        var uidl = config.path("uidl");
        if (!uidl.isObject()) {
            throw new UidlProblem("no_appConfig", UidlResponse.abbreviate(initBody));
        }
        var uiId = config.path("v-uiId");
        var csrf = uidl.path("Vaadin-Security-Key").asText("");
        if (!uiId.isNumber() || csrf.isEmpty()) {
            throw new UidlProblem("no_ui_or_csrf", "");
        }
        var first = UidlResponse.of(uidl, null);
        return new LiveUi(uiId.asInt(), csrf, first.syncId().orElse(0), first.clientId().orElse(0), first);
    }

    /** Where this UI's messages and its unload beacon go, relative to the context root. */
    public String uidlPath() {
        return "/?v-r=uidl&v-uiId=" + uiId;
    }

    /** Takes in the server's answer to the last message; a problem ends the page view as it would stop the client. */
    public UidlResponse receive(String body) {
        var response = UidlResponse.read(body);
        response.syncId().ifPresent(id -> syncId = id);
        response.clientId().ifPresent(id -> clientId = id);
        last = response;
        return response;
    }

    public UidlResponse last() {
        return last;
    }

    /**
     * The first navigation, which Flow's client sends after init for the address the page was opened at: route
     * with a leading slash, history index 0, no trigger. The title is the shell's, as {@code document.title}.
     */
    public String navigateOnArrival(String location, String query, String shellTitle) {
        var data = UidlResponse.JSON.createObjectNode();
        data.put("route", "/" + location).put("query", query).put("appShellTitle", shellTitle);
        data.putObject("historyState").put("idx", 0);
        data.put("trigger", "");
        return message(rpc(Rpc.event(1, "ui-navigate", data)));
    }

    /** A click on a router link inside the page: no reload, a new history entry, trigger "client". */
    public String navigateByLink(String location) {
        var data = UidlResponse.JSON.createObjectNode();
        data.put("route", location).put("query", "").put("appShellTitle", "");
        data.putObject("historyState").putNull("usr").put("key", historyKey()).put("idx", ++historyIndex);
        data.put("trigger", "client");
        return message(rpc(Rpc.event(1, "ui-navigate", data)));
    }

    /**
     * What the client sends on its own after an answer, with no one touching the page: components announcing
     * their initial state, and Grid confirming each data update. Empty when there is nothing to send.
     */
    public ArrayNode followUps() {
        var rpc = UidlResponse.JSON.createArrayNode();
        ComponentAnnouncements.of(last, rpc);
        for (var update : last.gridUpdatesToConfirm()) {
            // the client numbers promises per element (a second grid starts at 0 again)
            rpc.add(Rpc.confirmUpdate(update[0], update[1], promises.merge(update[0], 1, Integer::sum) - 1));
        }
        return rpc;
    }

    public static ArrayNode rpc(ObjectNode... invocations) {
        var rpc = UidlResponse.JSON.createArrayNode();
        for (var invocation : invocations) {
            rpc.add(invocation);
        }
        return rpc;
    }

    /** {@code {"csrfToken":…,"rpc":[…],"syncId":…,"clientId":…}}, sent as application/json. */
    public String message(ArrayNode rpc) {
        var message = UidlResponse.JSON.createObjectNode();
        message.put("csrfToken", csrfToken);
        message.set("rpc", rpc);
        message.put("syncId", syncId).put("clientId", clientId);
        return message.toString();
    }

    /** What {@code navigator.sendBeacon} posts as text/plain when the tab closes: the server then closes the UI. */
    public String unloadBeacon() {
        var beacon = UidlResponse.JSON.createObjectNode();
        beacon.put("csrfToken", csrfToken);
        beacon.putArray("rpc");
        beacon.put("UNLOAD", true);
        return beacon.toString();
    }

    private static String historyKey() {
        var random = ThreadLocalRandom.current();
        var key = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            key.append(Character.forDigit(random.nextInt(36), 36));
        }
        return key.toString();
    }
}
