package org.broadsheet.people.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.broadsheet.people.TooManyRequestsException;
import org.broadsheet.shared.RecentAttempts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits on asking for mail, so the site can be used neither to flood an inbox nor to open accounts by the
 * thousand: per client address, registrations ({@code broadsheet.registration.per-address}) and reset requests
 * ({@code broadsheet.password-reset.per-address}) in an hour; per email address, reset requests
 * ({@code broadsheet.password-reset.per-email}), counted whether an account has the address or not. In this
 * node's memory, bounded as {@link SignInThrottle}'s counts are.
 */
@ApplicationScoped
class RequestThrottle {

    static final int KEYS = 10_000;
    private static final Duration HOUR = Duration.ofHours(1);

    @Inject
    @ConfigProperty(name = "broadsheet.registration.per-address", defaultValue = "10")
    int registrationsPerAddress;

    @Inject
    @ConfigProperty(name = "broadsheet.password-reset.per-address", defaultValue = "10")
    int resetsPerAddress;

    @Inject
    @ConfigProperty(name = "broadsheet.password-reset.per-email", defaultValue = "3")
    int resetsPerEmail;

    @Inject
    Clock clock;

    private RecentAttempts registrations;
    private RecentAttempts resetsFrom;
    private RecentAttempts resetsOf;

    @PostConstruct
    void start() {
        registrations = new RecentAttempts(KEYS, HOUR, clock);
        resetsFrom = new RecentAttempts(KEYS, HOUR, clock);
        resetsOf = new RecentAttempts(KEYS, HOUR, clock);
    }

    void admitRegistration(String clientAddress) {
        admit(registrations, clientAddress, registrationsPerAddress);
    }

    void admitResetRequest(String clientAddress, String emailKey) {
        admit(resetsFrom, clientAddress, resetsPerAddress);
        try {
            admit(resetsOf, emailKey, resetsPerEmail);
        } catch (TooManyRequestsException refused) {
            resetsFrom.takeBack(clientAddress);
            throw refused;
        }
    }

    private static void admit(RecentAttempts attempts, String key, int limit) {
        if (attempts.add(key) > limit) {
            attempts.takeBack(key);
            throw new TooManyRequestsException(attempts.remaining(key));
        }
    }
}
