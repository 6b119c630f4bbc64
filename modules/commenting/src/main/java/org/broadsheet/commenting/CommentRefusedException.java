package org.broadsheet.commenting;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.time.Instant;
import org.broadsheet.shared.Dateline;

/**
 * A comment turned away before it reached moderation: posted again, too many from one place at once, or from an
 * account that may not comment.
 */
@ApplicationException(rollback = true)
public class CommentRefusedException extends RuntimeException {

    public static final String REPEATED = "You have already posted this comment.";

    private CommentRefusedException(String message) {
        super(message);
    }

    public static CommentRefusedException repeated() {
        return new CommentRefusedException(REPEATED);
    }

    /** A signed-in reader whose account an admin suspended or banned. */
    public static CommentRefusedException restricted(Instant until) {
        return new CommentRefusedException("Your account may not comment "
                + (until == null ? "for now." : "until " + Dateline.minute(until) + " (UTC)."));
    }

    public static CommentRefusedException tooMany(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new CommentRefusedException("You have posted several comments in a short time. Please wait "
                + (minutes == 1 ? "a minute" : minutes + " minutes") + " before posting another.");
    }
}
