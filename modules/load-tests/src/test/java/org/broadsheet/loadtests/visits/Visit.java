package org.broadsheet.loadtests.visits;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.Session;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.broadsheet.loadtests.report.Tally;
import org.broadsheet.loadtests.vaadin.LiveUi;
import org.broadsheet.loadtests.vaadin.UidlProblem;
import org.broadsheet.loadtests.vaadin.UidlResponse;

/**
 * One visitor's one visit, kept in the Gatling session: which step it is at, the Vaadin UI it opened, the nodes
 * it found on the way, and why it failed if it did. A new one per loop iteration, as a new visitor has nothing.
 * The checks of every request call into it, so that a failure carries a kind such as {@code nav:session_expired}.
 */
public final class Visit {

    static final String KEY = "visit";
    private static final AtomicLong VISITORS = new AtomicLong();
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);

    private final long number = VISITORS.incrementAndGet();
    private final String baseUrl;
    private final long began;
    private final boolean measured;
    private String step = "start";
    private String problem;
    private boolean failed;
    private String pageUrl;
    private String shellTitle = "";
    private LiveUi ui;
    private final Map<String, Integer> nodes = new HashMap<>();

    private ArrayNode followUps;

    private Visit(String baseUrl, long began, boolean measured) {
        this.baseUrl = baseUrl;
        this.began = began;
        this.measured = measured;
    }

    /** A new visitor: empty cookie jar (done by the chain), new state, the page-view clock started. */
    static Session begin(Session session, Tally tally, String baseUrl) {
        var began = tally.arrives();
        var visit = new Visit(baseUrl, began, tally.measuring(began));
        return session.set(KEY, visit).set("group", visit.measured ? "page view" : "page view (warm-up)");
    }

    /** The visit's page views are over: counted if they all worked, otherwise their failure is. */
    static Session end(Session session, Tally tally) {
        var visit = of(session);
        if (session.isFailed()) {
            visit.failed = true;
            tally.failed(visit.failure());
        } else {
            tally.viewed(visit.began);
        }
        return session.markAsSucceeded();
    }

    static Session beaconSent(Session session, Tally tally) {
        if (session.isFailed()) {
            tally.failed(of(session).failure());
        } else {
            tally.beaconSent();
        }
        return session.markAsSucceeded();
    }

    static Visit of(Session session) {
        return session.get(KEY);
    }

    /** Tells visitors apart in what they write (a commenter's name and email). */
    long number() {
        return number;
    }

    boolean failed() {
        return failed;
    }

    void at(String step) {
        this.step = step;
        this.problem = null;
    }

    /** e.g. {@code nav:session_expired}; "failed" when Gatling itself failed the request (a timeout, a refused connection). */
    String failure() {
        return step + ":" + (problem == null ? "failed" : problem);
    }

    void openedPage(String path) {
        this.pageUrl = baseUrl + path;
    }

    /** The page the visitor is on, which Chromium sends as Referer with every call it makes from it. */
    String pageUrl() {
        return pageUrl;
    }

    void preparedFollowUps(ArrayNode rpc) {
        followUps = rpc;
    }

    ArrayNode pendingFollowUps() {
        return followUps;
    }

    String shellTitle() {
        return shellTitle;
    }

    LiveUi ui() {
        return ui;
    }

    int node(String name) {
        return nodes.get(name);
    }

    void remember(String name, int node) {
        nodes.put(name, node);
    }

    // ---- called from checks: throwing fails the request, and the kind is kept for the tally ----

    int status(int status) {
        if (status != 200) {
            throw fail("http_" + status, "");
        }
        return status;
    }

    /** The first HTML response must be complete: every text a reader (or crawler) comes for is in it. */
    String shell(String body, String... expected) {
        for (var words : expected) {
            if (!body.contains(words)) {
                throw fail("expect_missing", words);
            }
        }
        var title = TITLE.matcher(body);
        shellTitle = title.find() ? Html.unescape(title.group(1).strip()) : "";
        return body;
    }

    /** Gatling counts an absent header as null, not 0. */
    Integer noCookie(Integer setCookies) {
        if (setCookies != null && setCookies > 0) {
            throw fail("session_cookie", "the first response of a reading page must not start a session");
        }
        return 0;
    }

    LiveUi init(String body) {
        try {
            ui = LiveUi.open(body);
            return ui;
        } catch (UidlProblem problem) {
            throw fail(problem.kind(), problem.getMessage());
        }
    }

    UidlResponse receive(String body, BiConsumer<Visit, UidlResponse> expectation) {
        try {
            var response = ui.receive(body);
            expectation.accept(this, response);
            return response;
        } catch (UidlProblem problem) {
            throw fail(problem.kind(), problem.getMessage());
        }
    }

    private UidlProblem fail(String kind, String detail) {
        problem = kind;
        return new UidlProblem(kind, detail);
    }
}
