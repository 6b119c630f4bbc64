package org.broadsheet.loadtests.visits;

import static org.broadsheet.loadtests.vaadin.LiveUi.rpc;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gatling.javaapi.core.ChainBuilder;
import org.broadsheet.loadtests.vaadin.Rpc;
import org.broadsheet.loadtests.vaadin.UidlProblem;
import org.broadsheet.loadtests.vaadin.UidlResponse;

/**
 * A reader who, after the page view, leaves a comment: "Leave a comment" (a click the comments section's one
 * delegated listener receives, with the button's data-action), then name, email and comment as Chromium sends
 * them when a person types and moves on (value sync plus change event per field; the comment goes with the click
 * on "Post comment"), and the thank-you note. Node ids come from the answers, never from a capture.
 */
public final class Commenters {

    static final String THANKS = "Thank you. Your comment awaits moderation";

    private Commenters() {
    }

    public static ChainBuilder leaveComment() {
        return Requests.uidl("write",
                        visit -> visit.ui().message(rpc(Rpc.event(visit.node("comments"), "click", writeAction()))),
                        Commenters::formShown)
                .exec(Requests.uidl("name", visit -> typed(visit, "name", "Load Reader " + visit.number())))
                .exec(Requests.uidl("email", visit -> typed(visit, "email", "reader" + visit.number() + "@example.org")))
                .exec(Requests.uidl("post", visit -> visit.ui().message(rpc(
                                Rpc.propertySync(visit.node("comment"), "value",
                                        "A thaw worth watching, and a fair account of it (" + visit.number() + ")."),
                                Rpc.event(visit.node("comment"), "change"),
                                Rpc.buttonClick(visit.node("post")))),
                        Commenters::thanked));
    }

    /** The data the section's click listener asks for (its constant), as the clicked button's data-action gives it. */
    private static ObjectNode writeAction() {
        var data = JsonNodeFactory.instance.objectNode();
        var action = "event.target.closest('[data-action]')?.dataset.action";
        data.put(action + " !== undefined", true);
        data.put(action, "write");
        return data;
    }

    private static String typed(Visit visit, String field, String value) {
        var node = visit.node(field);
        return visit.ui().message(rpc(Rpc.propertySync(node, "value", value), Rpc.event(node, "change")));
    }

    private static void formShown(Visit visit, UidlResponse response) {
        visit.remember("name", response.required("Name field", node -> node.is("vaadin-text-field")).id());
        visit.remember("email", response.required("Email field", node -> node.is("vaadin-email-field")).id());
        visit.remember("comment", response.required("Comment area", node -> node.is("vaadin-text-area")).id());
        var label = response.required("\"Post comment\" text", node -> "Post comment".equals(node.text()));
        visit.remember("post", response.required("Post comment button",
                node -> node.is("vaadin-button") && node.children().contains(label.id())).id());
    }

    private static void thanked(Visit visit, UidlResponse response) {
        if (!response.mentions(THANKS)) {
            throw new UidlProblem("expect_missing", THANKS);
        }
    }
}
