package org.broadsheet.app;

import java.util.Locale;

/**
 * Whether a first start on an empty database creates the demo site (its name, three articles, comments and the
 * admin, editor and reader accounts): {@code broadsheet.demo-content} is {@code auto}, {@code true} or
 * {@code false}. A production database must never receive accounts nobody asked for, so {@code auto} creates
 * them only on H2, the embedded database of a laptop or a trial.
 */
enum DemoContentChoice {
    AUTO, TRUE, FALSE;

    static final String KEY = "broadsheet.demo-content";

    static DemoContentChoice of(String setting) {
        try {
            return valueOf(setting.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(KEY + " is \"" + setting + "\"; it must be auto, true or false", unknown);
        }
    }

    /** @param databaseProduct the JDBC driver's name for the database, e.g. "H2" or "PostgreSQL" */
    boolean createsDemoOn(String databaseProduct) {
        return switch (this) {
            case TRUE -> true;
            case FALSE -> false;
            case AUTO -> "H2".equals(databaseProduct);
        };
    }
}
