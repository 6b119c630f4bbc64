package org.broadsheet.loadtests.visits;

import static org.broadsheet.loadtests.vaadin.LiveUi.rpc;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.gatling.javaapi.core.ChainBuilder;
import org.broadsheet.loadtests.vaadin.Rpc;
import org.broadsheet.loadtests.vaadin.UidlProblem;
import org.broadsheet.loadtests.vaadin.UidlResponse;

/**
 * An editor's morning: the sign-in page (a full page view), the LoginForm's "login" event (the server signs in,
 * changes the session id and shows the back office), then the side navigation's links to the articles grid and
 * the moderation queue, each a client-side navigation followed by Grid's confirmUpdate. Captured from Chromium;
 * the sign-in page and the back office also send the components' first announcements (see ComponentAnnouncements).
 */
public final class Editors {

    private Editors() {
    }

    public static ChainBuilder morning(String user, String password, String headline) {
        return Requests.shell("login page", "login", false)
                .exec(Requests.init("login"))
                .exec(Requests.uidl("nav", visit -> visit.ui().navigateOnArrival("login", "", visit.shellTitle()),
                        Editors::loginForm))
                .exec(Requests.followUps())
                .exec(Requests.uidl("sign in", visit -> signIn(visit, user, password), Editors::backOffice))
                .exec(Requests.followUps())
                .exec(Requests.uidl("articles", visit -> visit.ui().navigateByLink("admin/articles"),
                        (visit, response) -> grid(response, headline)))
                .exec(Requests.followUps())
                .exec(Requests.uidl("moderation", visit -> visit.ui().navigateByLink("admin/comments"),
                        (visit, response) -> grid(response, null)))
                .exec(Requests.followUps());
    }

    private static String signIn(Visit visit, String user, String password) {
        var form = visit.node("login form");
        var details = JsonNodeFactory.instance.objectNode();
        details.put("event.detail.username", user).put("event.detail.password", password);
        return visit.ui().message(rpc(
                Rpc.propertySync(form, "disabled", BooleanNode.TRUE),
                Rpc.event(form, "login", details)));
    }

    private static void loginForm(Visit visit, UidlResponse response) {
        visit.remember("login form", response.required("vaadin-login-form",
                node -> node.is("vaadin-login-form") && node.listensTo("login")).id());
    }

    private static void backOffice(Visit visit, UidlResponse response) {
        if (response.first(node -> node.is("vaadin-app-layout")).isEmpty()) {
            throw new UidlProblem("not_signed_in", "no back office after the login event (wrong password?)");
        }
    }

    private static void grid(UidlResponse response, String mustShow) {
        response.required("vaadin-grid", node -> node.is("vaadin-grid"));
        if (mustShow != null && !response.mentions(mustShow)) {
            throw new UidlProblem("expect_missing", mustShow);
        }
    }
}
