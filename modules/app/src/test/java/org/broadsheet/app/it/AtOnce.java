package org.broadsheet.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import jakarta.enterprise.concurrent.ManagedExecutorService;

/**
 * Callers at the same moment, each on a thread (and so in a transaction) of its own, for races: each one
 * waits at {@link #meet} until all have reached it, so they overlap where the test says, not by luck.
 */
final class AtOnce {

    private AtOnce() {
    }

    interface Caller {
        void call(CyclicBarrier meeting) throws Exception;
    }

    /** Runs the callers together; returns what each one threw, in order, or null where it succeeded. */
    static List<Throwable> run(Caller... callers) throws Exception {
        var meeting = new CyclicBarrier(callers.length);
        ManagedExecutorService threads = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
        var running = Arrays.stream(callers)
                .map(caller -> threads.submit(() -> {
                    caller.call(meeting);
                    return null;
                }))
                .toList();
        var outcomes = new ArrayList<Throwable>();
        for (var one : running) {
            try {
                one.get(2, TimeUnit.MINUTES);
                outcomes.add(null);
            } catch (ExecutionException thrown) {
                outcomes.add(thrown.getCause());
            }
        }
        return outcomes;
    }

    /** Waits until every caller is here (a bounded wait, so a broken test fails rather than hangs). */
    static void meet(CyclicBarrier meeting) {
        try {
            meeting.await(1, TimeUnit.MINUTES);
        } catch (Exception notAllCame) {
            throw new IllegalStateException("The callers did not meet", notAllCame);
        }
    }

    /** Exactly one caller succeeded and every other was refused with {@code refusal}; returns that refusal. */
    static <T extends Throwable> T oneWon(List<Throwable> outcomes, Class<T> refusal) {
        assertEquals(1, outcomes.stream().filter(Objects::isNull).count(), "exactly one succeeds: " + outcomes);
        T refused = null;
        for (var thrown : outcomes.stream().filter(Objects::nonNull).toList()) {
            refused = null;
            for (var cause = thrown; cause != null && refused == null; cause = cause.getCause()) {
                if (refusal.isInstance(cause)) {
                    refused = refusal.cast(cause);
                }
            }
            if (refused == null) {
                fail("Expected " + refusal.getSimpleName() + " but got " + thrown, thrown);
            }
        }
        return refused;
    }
}
