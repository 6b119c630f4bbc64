package org.broadsheet.loadtests.report;

import java.io.PrintStream;
import java.util.List;

/** Prints a run's verdicts as an aligned "measure | target | measured | pass/fail" table. */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static void print(PrintStream out, String title, String run, List<Verdict> verdicts) {
        int measure = "measure".length();
        int target = "target".length();
        int measured = "measured".length();
        for (var verdict : verdicts) {
            measure = Math.max(measure, verdict.measure().length());
            target = Math.max(target, verdict.target().length());
            measured = Math.max(measured, verdict.measured().length());
        }
        var format = "%-" + measure + "s | %-" + target + "s | %-" + measured + "s | %s%n";
        out.println();
        out.println("==== " + title + " ====");
        out.println(run);
        out.printf(format, "measure", "target", "measured", "pass/fail");
        out.println("-".repeat(measure + target + measured + 18));
        for (var verdict : verdicts) {
            out.printf(format, verdict.measure(), verdict.target(), verdict.measured(), verdict.outcome().word);
        }
        out.println();
    }
}
