package org.broadsheet.loadtests.visits;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.broadsheet.loadtests.vaadin.BrowserDetails;
import org.broadsheet.loadtests.vaadin.UidlResponse;

/**
 * The HTTP requests of a Vaadin page view as Gatling steps, each named after its step (shell, init, nav…) so
 * Gatling's report lists them apart, and each checked through the {@link Visit}. Headers are the ones Chromium
 * sends that matter to the server: Accept, Content-Type and the page as Referer.
 */
final class Requests {

    static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    static final String JSON_BODY = "application/json; charset=UTF-8";
    static final String BEACON_BODY = "text/plain;charset=UTF-8";

    private Requests() {
    }

    static ChainBuilder at(String step) {
        return exec(session -> {
            Visit.of(session).at(step);
            return session;
        });
    }

    /** The first GET of a page, as a new visitor (or a crawler) sends it; {@code expected} must all be in it. */
    static ChainBuilder shell(String step, String path, boolean crawler, String... expected) {
        var request = http(step).get("/" + path).header("Accept", HTML)
                .check(status().transformWithSession((code, session) -> Visit.of(session).status(code)))
                .check(bodyString().transformWithSession((body, session) -> Visit.of(session).shell(body, expected)));
        if (crawler) {
            request = request.check(header("Set-Cookie").count()
                    .transformWithSession((count, session) -> Visit.of(session).noCookie(count)));
        }
        return at(step).exec(session -> {
            Visit.of(session).openedPage(path);
            return session;
        }).exec(request);
    }

    /** {@code ?v-r=init}: the server creates the session (cookie) and the UI, and answers with its id and CSRF token. */
    static ChainBuilder init(String location) {
        return at("init").exec(http("init")
                .get(session -> "/" + BrowserDetails.initQuery(location, ""))
                .header("Accept", "*/*")
                .header("Referer", Requests::referer)
                .check(status().transformWithSession((code, session) -> Visit.of(session).status(code)))
                .check(bodyString().transformWithSession((body, session) -> Visit.of(session).init(body))));
    }

    /** One UIDL message of the live UI, built from the visit when it is sent, its answer checked by {@code expectation}. */
    static ChainBuilder uidl(String step, Function<Visit, String> message, BiConsumer<Visit, UidlResponse> expectation) {
        return at(step).exec(http(step)
                .post(session -> Visit.of(session).ui().uidlPath())
                .header("Content-Type", JSON_BODY)
                .header("Accept", "*/*")
                .header("Referer", Requests::referer)
                .body(StringBody(session -> message.apply(Visit.of(session))))
                .check(status().transformWithSession((code, session) -> Visit.of(session).status(code)))
                .check(bodyString().transformWithSession((body, session) -> Visit.of(session).receive(body, expectation))));
    }

    static ChainBuilder uidl(String step, Function<Visit, String> message) {
        return uidl(step, message, (visit, response) -> { });
    }

    /**
     * What the client sends by itself after an answer (component announcements, Grid's confirmUpdate), as long
     * as the answers ask for more; five rounds at most, as pageviews.mjs.
     */
    static ChainBuilder followUps() {
        return exec(session -> session.set("followUpRounds", 0))
                .exec(asLongAs(Requests::followUpDue).on(
                        exec(session -> session.set("followUpRounds", session.getInt("followUpRounds") + 1))
                                .exec(uidl("followup", visit -> visit.ui().message(visit.pendingFollowUps())))));
    }

    private static boolean followUpDue(Session session) {
        var visit = Visit.of(session);
        if (session.isFailed() || session.getInt("followUpRounds") >= 5) {
            return false;
        }
        visit.preparedFollowUps(visit.ui().followUps());
        return !visit.pendingFollowUps().isEmpty();
    }

    /** The beacon the browser sends when the tab closes (text/plain, as navigator.sendBeacon). */
    static ChainBuilder unloadBeacon() {
        return at("close").exec(http("close")
                .post(session -> Visit.of(session).ui().uidlPath())
                .header("Content-Type", BEACON_BODY)
                .header("Accept", "*/*")
                .header("Referer", Requests::referer)
                .body(StringBody(session -> Visit.of(session).ui().unloadBeacon()))
                .check(status().transformWithSession((code, session) -> Visit.of(session).status(code))));
    }

    private static String referer(Session session) {
        return Visit.of(session).pageUrl();
    }
}
