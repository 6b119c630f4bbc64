package org.broadsheet.app.it;

import static org.junit.jupiter.api.Assertions.fail;

import org.junit.jupiter.api.function.Executable;

/** Containers wrap what a bean throws; tests care about the cause somewhere in the chain. */
final class Exceptions {

    private Exceptions() {
    }

    static <T extends Throwable> T causedBy(Class<T> expected, Executable work) {
        try {
            work.execute();
        } catch (Throwable thrown) {
            for (var cause = thrown; cause != null; cause = cause.getCause()) {
                if (expected.isInstance(cause)) {
                    return expected.cast(cause);
                }
            }
            fail("Expected " + expected.getSimpleName() + " but got " + thrown, thrown);
        }
        return fail("Expected " + expected.getSimpleName() + " but nothing was thrown");
    }
}
