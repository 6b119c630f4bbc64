package org.broadsheet.loadtests;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.broadsheet.loadtests.report.BenchmarksReadme;
import org.broadsheet.loadtests.report.CpuUse;
import org.broadsheet.loadtests.report.Figures;
import org.broadsheet.loadtests.report.Machine;
import org.broadsheet.loadtests.report.SummaryTable;
import org.broadsheet.loadtests.report.Tally;
import org.broadsheet.loadtests.report.Verdict;
import org.broadsheet.loadtests.site.LaunchedSite;
import org.broadsheet.loadtests.site.SiteUnderTest;
import org.broadsheet.loadtests.visits.Visitors;

/**
 * What every Broadsheet simulation shares: the site (started here unless {@code -DbaseUrl} names one), C
 * virtual users that each loop through new visitors for warm-up plus duration (as pageviews.mjs runs C
 * visitor loops), the tally, and at the end the summary table printed and written to the benchmarks README.
 * The site is stopped in {@link #after()}, and by a shutdown hook if the run ends any other way.
 */
abstract class BroadsheetSimulation extends Simulation {

    static final String USER_AGENT =
            "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0 Safari/537.36 broadsheet-load-tests";

    protected final RunSettings settings;
    protected final SiteUnderTest site;
    protected final Tally tally;
    private CompletableFuture<CpuUse> cpu;
    private final String startedAt = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));

    BroadsheetSimulation(RunSettings settings) {
        stopWhenMavenStops();
        this.settings = settings;
        this.site = settings.baseUrl().map(SiteUnderTest::running).orElseGet(() -> launch(settings));
        this.tally = new Tally(settings.warmUp(), settings.duration());
    }

    /** The scenario's name in reports and in the README's table (one set of rows per name). */
    abstract String title();

    /** The verdicts of this scenario, from the tally's figures (the start time is added by the base class). */
    abstract List<Verdict> verdicts(Figures figures);

    /** Starts the visitor loops; subclasses call it from their constructor with their page views. */
    void visitors(String name, ChainBuilder pageViews, boolean closesTab) {
        var base = site.baseUrl().substring(0, site.baseUrl().length() - 1);
        var protocol = http.baseUrl(base)
                .shareConnections()         // C keep-alive connections shared by successive visitors, as pageviews.mjs
                .disableCaching()           // a new visitor has an empty cache: never a conditional request
                .disableWarmUp()            // Gatling's warm-up would call a host on the internet
                .disableAutoReferer()       // the Referer is the page, set per request, as Chromium sends it
                .disableUrlEncoding()       // URLs are encoded already, the way the browser encodes them
                .userAgentHeader(USER_AGENT)
                .acceptLanguageHeader("en");
        // exitASAP=false: a visit under way when time is up finishes (and is not counted), as in pageviews.mjs
        var loop = scenario(name).during(settings.total(), false).on(Visitors.newVisitor(tally, site.baseUrl(), pageViews, closesTab));
        setUp(loop.injectOpen(atOnceUsers(settings.connections())))
                .protocols(protocol)
                .maxDuration(settings.total().plus(Duration.ofMinutes(2)));
    }

    /** Subclasses that override this call it first: CPU use is counted from here. */
    @Override
    public void before() {
        cpu = CpuUse.after(settings.warmUp(), site.pid());
    }

    @Override
    public void after() {
        try {
            var figures = tally.figures(settings.duration());
            var verdicts = new ArrayList<>(verdicts(figures));
            verdicts.add(Verdict.info("CPU use while measured", cpu != null && cpu.isDone() ? cpu.join().sinceStart() : "not measured"));
            site.startTime().ifPresent(start -> verdicts.add(Verdict.check("start: launch to first page served",
                    "< 10 s", "%.1f s".formatted(start.toMillis() / 1000.0), start.compareTo(Duration.ofSeconds(10)) < 0)));
            var run = "%s · %d conns · %d s warm-up + %d s measured · %s".formatted(startedAt, settings.connections(),
                    settings.warmUp().toSeconds(), settings.duration().toSeconds(),
                    settings.baseUrl().isPresent() ? "given server" : "own server, -Xmx" + settings.heap());
            SummaryTable.print(System.out, title(), "site: " + site.description() + "\nrun:  " + run, verdicts);
            if (!figures.errorsByKind().isEmpty()) {
                System.out.println("failures by kind: " + figures.errorsByKind());
            }
            site.log().ifPresent(log -> System.out.println("server log: " + log.file()
                    + (log.truncated() ? " (truncated at 10 MB)" : "")));
            var readme = BenchmarksReadme.refresh(Path.of(System.getProperty("benchmarks.folder", "src/docs/benchmarks")),
                    title(), run, Machine.here(), verdicts);
            System.out.println("summary rows refreshed in " + readme);
        } catch (IOException | RuntimeException failed) {
            System.err.println("Could not finish the summary: " + failed);
            failed.printStackTrace();
        } finally {
            site.close();
        }
    }

    /**
     * Gatling runs in a JVM that Maven forked. If Maven is stopped (a CI time-out, a kill) this JVM would go on
     * loading the site to the end of the run; instead it exits at once, and the shutdown hook stops the site.
     */
    private static void stopWhenMavenStops() {
        ProcessHandle.current().parent().ifPresent(maven -> maven.onExit().thenRun(() -> {
            System.err.println("The process that started this run has ended: stopping the load and the site.");
            System.exit(3);
        }));
    }

    private static SiteUnderTest launch(RunSettings settings) {
        try {
            return LaunchedSite.start(settings.heap(), settings.ports(),
                    Map.of("admin", "admin-password-for-load-tests",
                            "editor", settings.editorPassword(),
                            "reader", "reader-password-for-load-tests"),
                    settings.article().path());
        } catch (IOException failed) {
            throw new IllegalStateException("Could not start Broadsheet: " + failed.getMessage(), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting Broadsheet", interrupted);
        }
    }

    static String perSecond(double rate) {
        return "%,.0f/s".formatted(rate);
    }

    static String millis(double ms) {
        return Double.isNaN(ms) ? "n/a" : "%.1f ms".formatted(ms);
    }
}
