package org.broadsheet.shared;

import java.time.Duration;
import java.time.Instant;

/**
 * When timers (scheduled publications, mail delivery) may start touching the database. Payara Micro, started again on the same root
 * folder, first deploys the copy of the application it remembers and seconds later replaces it with the one it
 * was given. A timer caught in the middle of its work by that replacement leaves a connection open, and on the
 * embedded H2 database that connection's lock on the file keeps the replacement from starting at all (seen in CI
 * after a kill and restart). So the timers let the first twenty seconds of a deployment pass before their first
 * look: far longer than the remembered copy lives, and short next to their ten-second rhythm.
 */
public final class BackgroundWork {

    private static final Duration SETTLING = Duration.ofSeconds(20);
    /** Set when this deployment's timers first run (the class is loaded per deployment). */
    private static final Instant FIRST_CALL = Instant.now();

    private BackgroundWork() {
    }

    /** Whether the deployment has lived long enough for background work to begin. */
    public static boolean mayStart() {
        return Instant.now().isAfter(FIRST_CALL.plus(SETTLING));
    }
}
