package org.broadsheet.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
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
    record Answer(Instant signedOutAt, boolean banned, Instant readAt) {
    }

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

    void forget(String username) {
        answers.remove(username);
    }
}
