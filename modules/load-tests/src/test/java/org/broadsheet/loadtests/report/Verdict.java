package org.broadsheet.loadtests.report;

/** One line of a run's summary: a measure, its target, what was measured, and whether it met the target. */
public record Verdict(String measure, String target, String measured, Outcome outcome) {

    public enum Outcome {
        PASS("pass"), FAIL("FAIL"), INFO("—");

        final String word;

        Outcome(String word) {
            this.word = word;
        }
    }

    public static Verdict check(String measure, String target, String measured, boolean met) {
        return new Verdict(measure, target, measured, met ? Outcome.PASS : Outcome.FAIL);
    }

    /** A figure worth keeping that has no target of its own. */
    public static Verdict info(String measure, String measured) {
        return new Verdict(measure, "—", measured, Outcome.INFO);
    }
}
