package org.broadsheet.app.browser;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Deque's axe-core, the accessibility checker browsers' own tools use, run inside a page. Its script comes from
 * the npm registry with the machine's npm (Maven Central does not serve it), once per build, into
 * {@code target/axe}.
 */
final class Axe {

    static final String VERSION = "4.10.3";
    private static final Path FOLDER = Path.of("target", "axe");

    private Axe() {
    }

    /**
     * The violations of impact "serious" or "critical" on the page as it is now, each as "rule: where" (the first
     * three elements); empty when there are none.
     */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        return (List<String>) page.evaluate("""
                async () => {
                  const results = await axe.run(document, { resultTypes: ['violations'] });
                  return results.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                          + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '));
                }""");
    }

    private static synchronized Path script() {
        var script = FOLDER.resolve("package").resolve("axe.min.js");
        if (Files.isRegularFile(script)) {
            return script;
        }
        try {
            Files.createDirectories(FOLDER);
            run("npm", "pack", "axe-core@" + VERSION, "--pack-destination", FOLDER.toString());
            run("tar", "-xzf", FOLDER.resolve("axe-core-" + VERSION + ".tgz").toString(), "-C", FOLDER.toString());
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not fetch axe-core " + VERSION + " with npm (is npm installed?)", failed);
        }
        return script;
    }

    private static void run(String... command) throws IOException {
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(FOLDER.resolve("fetch.log").toFile()).start();
        try {
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed; see " + FOLDER.resolve("fetch.log"));
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while running " + String.join(" ", command), interrupted);
        }
    }
}
