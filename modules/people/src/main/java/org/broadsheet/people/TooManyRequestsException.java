package org.broadsheet.people;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/**
 * Too many registrations or reset requests from one address, or resets for one email address, in a while. Said
 * alike whether the address has an account or not.
 */
@ApplicationException(rollback = true)
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(Duration retryAfter) {
        super("Too many requests from here for now. Try again in " + minutes(retryAfter) + ".");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "a minute" : minutes + " minutes";
    }
}
