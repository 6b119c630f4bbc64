package org.broadsheet.loadtests;

import java.time.Duration;
import java.util.List;
import org.broadsheet.loadtests.report.Figures;
import org.broadsheet.loadtests.report.Verdict;
import org.broadsheet.loadtests.visits.Readers;

/**
 * A crawler (or link preview) that runs no JavaScript: only the first response of the article, which must be
 * complete (headline, quote, approved comment) and must not start a session. Target: at least 5,000 requests/s
 * at 16 connections.
 */
public class Crawler extends BroadsheetSimulation {

    public Crawler() {
        super(RunSettings.read(16, Duration.ofSeconds(5), Duration.ofSeconds(20), false));
        visitors("crawler", Readers.crawl(settings.article()), false);
    }

    @Override
    String title() {
        return "Crawler, first response only · " + settings.connections() + " conns";
    }

    @Override
    List<Verdict> verdicts(Figures figures) {
        return List.of(
                Verdict.check("requests/s", "≥ 5,000/s", perSecond(figures.perSecond()), figures.perSecond() >= 5000),
                Verdict.check("complete content, no session", "every response", "%,d of %,d".formatted(
                        figures.views(), figures.views() + figures.errors()), figures.errors() == 0 && figures.views() > 0),
                Verdict.info("latency", figures.latencyLine()));
    }
}
