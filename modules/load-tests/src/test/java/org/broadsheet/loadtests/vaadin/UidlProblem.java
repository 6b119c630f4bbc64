package org.broadsheet.loadtests.vaadin;

/**
 * A Vaadin answer a browser could not have carried on with. The kind names it the way pageviews.mjs does
 * ({@code session_expired}, {@code app_error}, {@code bad_json}…), so failures of both tools compare.
 */
public final class UidlProblem extends RuntimeException {

    private final String kind;

    public UidlProblem(String kind, String detail) {
        super(kind + (detail.isEmpty() ? "" : ": " + detail), null, false, false);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
