package org.broadsheet.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each signed-in request must ask (may this session go on?) remembered for a few seconds per username, so a
 * busy editor's clicks do not each cost a query. A change made on this instance is seen at once; one made on
 * another instance within {@link #FRESH}. At most {@link #USERNAMES} are kept; past that the memory starts over.
 */
@ApplicationScoped
class SignOutTimes {

    static final Duration FRESH = Duration.ofSeconds(5);
    static final int USERNAMES = 10_000;

    /** Whether a session is still good, as read from the account at {@code readAt}. */
    record Answer(Instant openedAt, Instant signedOutAt, boolean banned, Instant readAt) {

        /**
         * A session of this username goes on unless it signed in before the account's last sign-out, or before
         * the account itself was opened (the username of an erased account, taken by someone new since).
         */
        boolean admits(Instant signedInAt) {
            return !banned && signedInAt.isAfter(openedAt) && (signedOutAt == null || signedInAt.isAfter(signedOutAt));
        }
    }

    /** An account's sessions were ended in a transaction: forgotten here once it commits, never before. */
    record SessionsEnded(String username) {
    }

    @Inject
    Event<SessionsEnded> ended;

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();

    Answer get(String username, Instant now) {
        var answer = answers.get(username);
        return answer != null && answer.readAt().plus(FRESH).isAfter(now) ? answer : null;
    }

    void put(String username, Answer answer) {
        if (answers.size() >= USERNAMES) {
            answers.clear();
        }
        answers.put(username, answer);
    }

    /** Forgets the username's answer when the caller's transaction commits, so no read in between can keep it. */
    void forgetOnCommit(String username) {
        ended.fire(new SessionsEnded(username));
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) SessionsEnded sessions) {
        answers.remove(sessions.username());
    }
}
