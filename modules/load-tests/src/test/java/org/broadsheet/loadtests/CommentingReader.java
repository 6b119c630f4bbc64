package org.broadsheet.loadtests;

import java.time.Duration;
import java.util.List;
import org.broadsheet.loadtests.report.Figures;
import org.broadsheet.loadtests.report.Verdict;
import org.broadsheet.loadtests.visits.Commenters;
import org.broadsheet.loadtests.visits.Readers;

/**
 * A new reader who reads the article, opens the comment form, fills it in, posts, sees the thank-you note and
 * closes the tab. No target: the figures show what commenting costs next to reading. Every comment lands in
 * the moderation queue of the site under test, so point it only at a throwaway server.
 */
public class CommentingReader extends BroadsheetSimulation {

    public CommentingReader() {
        super(RunSettings.read(4, Duration.ofSeconds(5), Duration.ofSeconds(20), true));
        visitors("commenting reader", Readers.pageView(settings.article()).exec(Commenters.leaveComment()),
                settings.beacon());
    }

    @Override
    String title() {
        return "Reader posts a comment · " + settings.connections() + " conns";
    }

    @Override
    List<Verdict> verdicts(Figures figures) {
        return List.of(
                Verdict.info("comments posted/s (page view + form + post)", "%.1f/s".formatted(figures.perSecond())),
                Verdict.info("latency of the whole visit", figures.latencyLine()),
                Verdict.check("failed visits", "0", "%,d of %,d".formatted(figures.errors(), figures.views() + figures.errors()),
                        figures.errors() == 0 && figures.views() > 0));
    }
}
