package org.broadsheet.loadtests.visits;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;

import io.gatling.javaapi.core.ChainBuilder;
import org.broadsheet.loadtests.report.Tally;

/**
 * One iteration of a virtual user = one new visitor: empty cookie jar, a new {@link Visit}, the page views of
 * the scenario (timed and counted as one by the {@link Tally}; the first failure ends them), then, for a visitor
 * who closes the tab, the unload beacon (counted apart, not timed).
 */
public final class Visitors {

    private Visitors() {
    }

    public static ChainBuilder newVisitor(Tally tally, String baseUrl, ChainBuilder pageViews, boolean closesTab) {
        var visit = exec(flushCookieJar())
                .exec(session -> Visit.begin(session, tally, baseUrl))
                .group("#{group}").on(exitBlockOnFail().on(pageViews))
                .exec(session -> Visit.end(session, tally));
        if (!closesTab) {
            return visit;
        }
        return visit.doIf(session -> !Visit.of(session).failed()).then(
                exitBlockOnFail().on(Requests.unloadBeacon())
                        .exec(session -> Visit.beaconSent(session, tally)));
    }
}
