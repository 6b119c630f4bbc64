package org.broadsheet.commenting;

import jakarta.ejb.ApplicationException;
import java.time.Duration;
import java.time.Instant;
import org.broadsheet.shared.Dateline;

/**
 * A comment turned away before it reached moderation: posted again, too many from one place at once, from an
 * account that may not comment, by a guest where only readers signed in may, or where comments are closed; or a
 * change to a comment its writer may no longer make.
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

    /** Where only signed-in readers may comment, and for what only an account can do (liking, editing). */
    public static CommentRefusedException signInFirst(String toDoWhat) {
        return new CommentRefusedException("Please sign in " + toDoWhat + ".");
    }

    public static CommentRefusedException closed() {
        return new CommentRefusedException(CLOSED);
    }

    public static final String CLOSED = "Comments on this article are closed.";

    public static CommentRefusedException noLongerEditable() {
        return new CommentRefusedException("A comment can be changed for " + Comments.EDITABLE_FOR.toMinutes()
                + " minutes after it is posted; this one can no longer be changed.");
    }

    public static CommentRefusedException changeBreaksRules() {
        return new CommentRefusedException("Your change breaks our house rules; the comment stays as it was.");
    }

    public static CommentRefusedException tooMany(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new CommentRefusedException("You have posted several comments in a short time. Please wait "
                + (minutes == 1 ? "a minute" : minutes + " minutes") + " before posting another.");
    }
}
