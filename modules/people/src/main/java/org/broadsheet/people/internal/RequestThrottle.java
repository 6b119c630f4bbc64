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
 * ({@code broadsheet.password-reset.per-email}), and any mail with a link ({@code broadsheet.mail.per-recipient}),
 * counted whether an account has the address or not; per account, changes of address
 * ({@code broadsheet.address-change.per-account}). In this
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

    /** Mails with a link to one address in an hour, whoever asks: the site floods no inbox. */
    @Inject
    @ConfigProperty(name = "broadsheet.mail.per-recipient", defaultValue = "3")
    int mailsPerRecipient;

    @Inject
    @ConfigProperty(name = "broadsheet.address-change.per-account", defaultValue = "3")
    int addressChangesPerAccount;

    @Inject
    Clock clock;

    private RecentAttempts registrations;
    private RecentAttempts resetsFrom;
    private RecentAttempts resetsOf;
    private RecentAttempts mailsTo;
    private RecentAttempts addressChanges;

    @PostConstruct
    void start() {
        registrations = new RecentAttempts(KEYS, HOUR, clock);
        resetsFrom = new RecentAttempts(KEYS, HOUR, clock);
        resetsOf = new RecentAttempts(KEYS, HOUR, clock);
        mailsTo = new RecentAttempts(KEYS, HOUR, clock);
        addressChanges = new RecentAttempts(KEYS, HOUR, clock);
    }

    /** A registration: counted per client address and per address it mails, whether an account has it or not. */
    void admitRegistration(String clientAddress, String emailKey) {
        admitBoth(registrations, clientAddress, registrationsPerAddress, mailsTo, emailKey, mailsPerRecipient);
    }

    /** A signed-in person asking to move their account to another address: per account and per address mailed. */
    void admitAddressChange(long accountId, String emailKey) {
        admitBoth(addressChanges, "account-" + accountId, addressChangesPerAccount, mailsTo, emailKey, mailsPerRecipient);
    }

    void admitResetRequest(String clientAddress, String emailKey) {
        admitBoth(resetsFrom, clientAddress, resetsPerAddress, resetsOf, emailKey, resetsPerEmail);
    }

    /** Counts against both limits, or against neither when either refuses. */
    private static void admitBoth(RecentAttempts first, String firstKey, int firstLimit, RecentAttempts second,
            String secondKey, int secondLimit) {
        admit(first, firstKey, firstLimit);
        try {
            admit(second, secondKey, secondLimit);
        } catch (TooManyRequestsException refused) {
            first.takeBack(firstKey);
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
