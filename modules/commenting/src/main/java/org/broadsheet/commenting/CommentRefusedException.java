package org.broadsheet.commenting;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** A comment turned away before it reached moderation: posted again, or too many from one place at once. */
@ApplicationException(rollback = true)
public class CommentRefusedException extends RuntimeException {

    public static final String REPEATED = "You have already posted this comment.";

    private CommentRefusedException(String message) {
        super(message);
    }

    public static CommentRefusedException repeated() {
        return new CommentRefusedException(REPEATED);
    }

    public static CommentRefusedException tooMany(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new CommentRefusedException("You have posted several comments in a short time. Please wait "
                + (minutes == 1 ? "a minute" : minutes + " minutes") + " before posting another.");
    }
}
