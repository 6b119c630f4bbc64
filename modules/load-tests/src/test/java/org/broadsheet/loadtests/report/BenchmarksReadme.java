package org.broadsheet.loadtests.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the summary table of {@code src/docs/benchmarks/README.md} current: after a run, the rows of that
 * scenario are replaced by the new ones and every other row stays, so the table always shows the latest figure
 * of each measure with the machine and date it was measured on. Only the lines between the two markers are
 * touched; the prose around them is written by people.
 */
public final class BenchmarksReadme {

    static final String BEGIN = "<!-- summary:begin — rows written by modules/load-tests after each run; edit outside the markers -->";
    static final String END = "<!-- summary:end -->";
    static final String HEADER = "| scenario | measure | target | measured | pass/fail | run | machine |";
    static final String RULE = "|---|---|---|---|---|---|---|";

    private BenchmarksReadme() {
    }

    public static Path refresh(Path folder, String scenario, String run, Machine machine, List<Verdict> verdicts)
            throws IOException {
        Files.createDirectories(folder);
        var file = folder.resolve("README.md");
        var lines = Files.exists(file)
                ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
                : new ArrayList<>(List.of("# Benchmarks", "", "## Summary", "", BEGIN, END, ""));
        int begin = lines.indexOf(BEGIN);
        int end = lines.indexOf(END);
        if (begin < 0 || end < begin) {
            lines.addAll(List.of("", "## Summary", "", BEGIN, END, ""));
            begin = lines.indexOf(BEGIN);
            end = lines.indexOf(END);
        }
        var rows = new ArrayList<String>();
        var prefix = "| " + cell(scenario) + " |";
        for (var line : lines.subList(begin + 1, end)) {
            if (line.startsWith("| ") && !line.equals(HEADER) && !line.startsWith(prefix)) {
                rows.add(line);
            }
        }
        for (var verdict : verdicts) {
            rows.add("| %s | %s | %s | %s | %s | %s | %s |".formatted(cell(scenario), cell(verdict.measure()),
                    cell(verdict.target()), cell(verdict.measured()), verdict.outcome().word, cell(run), cell(machine.line())));
        }
        var table = new ArrayList<String>();
        table.add(HEADER);
        table.add(RULE);
        table.addAll(rows);
        lines.subList(begin + 1, end).clear();
        lines.addAll(begin + 1, table);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
