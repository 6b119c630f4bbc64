package org.broadsheet.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a reader watching the comments live costs the server: the heap after a full collection with {@code READERS}
 * pages open at an article, first scrolled to its top (no push connection), then to its comments (each opens one).
 * A benchmark, not a test: it asserts nothing, and its name keeps it out of the build's test runs. Run it with
 * {@code ./mvnw -pl modules/app verify -Ponly-h2 -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=LiveReadersBenchmark} and read its figures in
 * {@code modules/app/target/failsafe-reports/h2/*LiveReadersBenchmark-output.txt}.
 */
class LiveReadersBenchmark extends OnSharedServer {

    private static final int READERS = Integer.getInteger("readers", 40);
    private static final String ARTICLE = "articles/why-port-cities-are-betting-on-electric-ferries";
    private static final Pattern USED = Pattern.compile("used (\\d+)K");

    @Test
    void heap_per_live_reader() {
        // A first visit fills what every reader shares (the article's cached pages, the classes of the views).
        asNewVisitor(new Browser.NewContextOptions(), warmUp -> {
            var page = warmUp.newPage();
            page.navigate(server.url(ARTICLE));
            page.locator("#comments").scrollIntoViewIfNeeded();
            page.waitForTimeout(2_000);
        });
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            long empty = heapKiB();
            var pages = new ArrayList<Page>();
            for (int i = 0; i < READERS; i++) {
                var page = context.newPage();
                page.setViewportSize(800, 600);
                page.navigate(server.url(ARTICLE));
                page.waitForFunction("() => !document.getElementById('first-response')");
                pages.add(page);
            }
            long reading = heapKiB();
            for (var page : pages) {
                page.locator("#comments").scrollIntoViewIfNeeded();
            }
            pages.getLast().waitForTimeout(3_000);
            long watching = heapKiB();
            System.out.printf("%d readers: heap %,d KiB empty, %,d KiB reading (%.1f KiB each), %,d KiB watching the"
                    + " comments live (%.1f KiB more each)%n", READERS, empty, reading,
                    (reading - empty) / (double) READERS, watching, (watching - reading) / (double) READERS);
        });
    }

    /** The server's live heap after a full collection, as {@code jcmd GC.heap_info} reports it. */
    private static long heapKiB() {
        try {
            run("GC.run");
            var matcher = USED.matcher(run("GC.heap_info"));
            return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
        } catch (IOException | InterruptedException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static String run(String command) throws IOException, InterruptedException {
        var jcmd = ProcessHandle.current().info().command().orElse("java").replaceAll("java$", "jcmd");
        var process = new ProcessBuilder(jcmd, String.valueOf(payaraMicro().pid()), command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }
}
