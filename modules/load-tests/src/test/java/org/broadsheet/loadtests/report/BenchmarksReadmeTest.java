package org.broadsheet.loadtests.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarksReadmeTest {

    private static final Machine MACHINE = new Machine(2, "AMD EPYC", 24_000, "25.0.3");

    @Test
    void aRunReplacesItsOwnRowsAndKeepsEverythingElse(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("README.md"), """
                # Benchmarks

                Written by people.

                %s
                %s
                """.formatted(BenchmarksReadme.BEGIN, BenchmarksReadme.END));

        BenchmarksReadme.refresh(folder, "Crawler · 16 conns", "run 1", MACHINE,
                List.of(Verdict.check("requests/s", "≥ 5,000/s", "4,000/s", false)));
        BenchmarksReadme.refresh(folder, "Soak · 64 conns", "run 2", MACHINE,
                List.of(Verdict.info("latency", "p99 9 ms")));
        BenchmarksReadme.refresh(folder, "Crawler · 16 conns", "run 3", MACHINE,
                List.of(Verdict.check("requests/s", "≥ 5,000/s", "6,000/s", true)));

        var text = Files.readString(folder.resolve("README.md"));
        assertThat(text).contains("Written by people.");
        assertThat(text).contains("| Crawler · 16 conns | requests/s | ≥ 5,000/s | 6,000/s | pass | run 3 | 2 cores AMD EPYC, 23.4 GiB, JDK 25.0.3 |");
        assertThat(text).doesNotContain("run 1").contains("| Soak · 64 conns | latency | — | p99 9 ms | — | run 2 |");
        assertThat(text.lines().filter(line -> line.startsWith("| scenario |"))).hasSize(1);
    }
}
