package org.broadsheet.loadtests;

import java.time.Duration;
import java.util.List;
import org.broadsheet.loadtests.report.Figures;
import org.broadsheet.loadtests.report.Verdict;
import org.broadsheet.loadtests.visits.Readers;

/**
 * New readers' full article page views, each by a new visitor who then closes the tab (unload beacon), or not
 * with {@code -Dbeacon=false}. Target (2 cores, client on the same machine): at least 1,000 page views/s at 16
 * connections with p99 under 100 ms, latency from the shell GET to the last UIDL answer.
 */
public class ReaderPageView extends BroadsheetSimulation {

    public ReaderPageView() {
        super(RunSettings.read(16, Duration.ofSeconds(5), Duration.ofSeconds(20), true));
        visitors("new reader", Readers.pageView(settings.article()), settings.beacon());
    }

    @Override
    String title() {
        return "Full page view, new reader" + (settings.beacon() ? " + unload beacon" : ", no beacon")
                + " · " + settings.connections() + " conns";
    }

    @Override
    List<Verdict> verdicts(Figures figures) {
        return List.of(
                Verdict.check("page views/s", "≥ 1,000/s", perSecond(figures.perSecond()), figures.perSecond() >= 1000),
                Verdict.check("p99 latency (shell → last UIDL)", "< 100 ms", millis(figures.percentileMillis(0.99)),
                        figures.percentileMillis(0.99) < 100),
                Verdict.info("latency", figures.latencyLine()),
                Verdict.info("page views / failed / beacons sent", "%,d / %,d / %,d".formatted(
                        figures.views(), figures.errors(), figures.beacons())));
    }
}
