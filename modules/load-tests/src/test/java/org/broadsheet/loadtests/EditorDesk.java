package org.broadsheet.loadtests;

import java.time.Duration;
import java.util.List;
import org.broadsheet.loadtests.report.Figures;
import org.broadsheet.loadtests.report.Verdict;
import org.broadsheet.loadtests.visits.Editors;

/**
 * Editors signing in and opening the articles grid, then the moderation queue. No target: sign-in hashes the
 * password on purpose (PBKDF2, 210,000 iterations), so this measures the back office's cost, not a rate to
 * reach. On a running server, pass the editor's password with {@code -DeditorPassword=…}.
 */
public class EditorDesk extends BroadsheetSimulation {

    public EditorDesk() {
        super(RunSettings.read(2, Duration.ofSeconds(5), Duration.ofSeconds(20), true));
        visitors("editor", Editors.morning(settings.editorUser(), settings.editorPassword(), settings.article().headline()),
                settings.beacon());
    }

    @Override
    String title() {
        return "Editor: sign in, articles grid, moderation queue · " + settings.connections() + " conns";
    }

    @Override
    List<Verdict> verdicts(Figures figures) {
        return List.of(
                Verdict.info("editor visits/s (sign-in + grid + queue)", "%.1f/s".formatted(figures.perSecond())),
                Verdict.info("latency of the whole visit", figures.latencyLine()),
                Verdict.check("failed visits", "0", "%,d of %,d".formatted(figures.errors(), figures.views() + figures.errors()),
                        figures.errors() == 0 && figures.views() > 0));
    }
}
