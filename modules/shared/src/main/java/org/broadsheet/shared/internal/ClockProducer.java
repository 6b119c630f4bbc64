package org.broadsheet.shared.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** One clock for the whole application, injected rather than read statically, so tests can pin time. */
@ApplicationScoped
class ClockProducer {

    private final Clock clock = Clock.systemUTC();

    @Produces
    Clock clock() {
        return clock;
    }
}
