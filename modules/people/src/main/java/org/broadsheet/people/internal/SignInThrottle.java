package org.broadsheet.people.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.broadsheet.people.SignInLocks;
import org.broadsheet.shared.PlainText;
import org.broadsheet.shared.RecentAttempts;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The floor under password guessing: failures are counted per username and per client address over
 * {@code broadsheet.sign-in.lock-minutes}; past {@code slow-after} of them every further attempt waits first
 * (1 s, doubling, at most 8 s); at {@code account-failures} for a username or {@code address-failures} for an
 * address, that username or address is locked for {@code lock-minutes}. An attempt is counted as a failure
 * when it starts and taken back when it succeeds, so a burst of parallel guesses cannot slip past the count.
 * The counts live in this node's memory, at most {@link #KEYS} usernames and as many addresses (the oldest are
 * forgotten first), so invented usernames cannot grow it; each node of a cluster counts on its own.
 */
@ApplicationScoped
class SignInThrottle implements SignInLocks {

    private static final Logger LOG = Logger.getLogger(SignInThrottle.class.getName());
    static final int KEYS = 10_000;
    /** Logged: an address's first failure, every this many after it, and every lock (never a password). */
    private static final int LOG_EVERY = 10;

    @Inject
    @ConfigProperty(name = "broadsheet.sign-in.account-failures", defaultValue = "5")
    int accountFailures;

    @Inject
    @ConfigProperty(name = "broadsheet.sign-in.address-failures", defaultValue = "20")
    int addressFailures;

    @Inject
    @ConfigProperty(name = "broadsheet.sign-in.slow-after", defaultValue = "3")
    int slowAfter;

    @Inject
    @ConfigProperty(name = "broadsheet.sign-in.lock-minutes", defaultValue = "15")
    int lockMinutes;

    @Inject
    Clock clock;

    /** How an attempt waits; tests replace it so that they never sleep. */
    Consumer<Duration> pause = SignInThrottle::sleep;

    private RecentAttempts failuresOfAccounts;
    private RecentAttempts failuresFromAddresses;
    private RecentAttempts lockedAccounts;
    private RecentAttempts lockedAddresses;

    @PostConstruct
    void start() {
        var span = Duration.ofMinutes(lockMinutes);
        failuresOfAccounts = new RecentAttempts(KEYS, span, clock);
        failuresFromAddresses = new RecentAttempts(KEYS, span, clock);
        lockedAccounts = new RecentAttempts(KEYS, span, clock);
        lockedAddresses = new RecentAttempts(KEYS, span, clock);
    }

    /** One sign-in attempt under way; its outcome must be reported with {@link #succeeded} or {@link #failed}. */
    record Attempt(String account, String address, boolean refused) {
    }

    /**
     * Counts the attempt as a failure until it proves otherwise, and makes it wait if the username or address
     * has failed often. Refused at once, without waiting, while either is locked or has used up its failures.
     */
    Attempt begin(String username, String clientAddress) {
        var account = accountKey(username);
        var address = addressKey(clientAddress);
        if (lockOf(account, address).isPresent()) {
            return new Attempt(account, address, true);
        }
        int ofAccount = failuresOfAccounts.add(account);
        int fromAddress = failuresFromAddresses.add(address);
        if (ofAccount > accountFailures || fromAddress > addressFailures) {
            failuresOfAccounts.takeBack(account);
            failuresFromAddresses.takeBack(address);
            return new Attempt(account, address, true);
        }
        var wait = waitAfter(Math.max(ofAccount, fromAddress) - 1);
        if (!wait.isZero()) {
            pause.accept(wait);
        }
        return new Attempt(account, address, false);
    }

    void succeeded(Attempt attempt) {
        failuresOfAccounts.forget(attempt.account());
        failuresFromAddresses.takeBack(attempt.address());
    }

    void failed(Attempt attempt) {
        int ofAccount = failuresOfAccounts.count(attempt.account());
        int fromAddress = failuresFromAddresses.count(attempt.address());
        if (fromAddress == 1 || fromAddress % LOG_EVERY == 0) {
            LOG.info(() -> "Failed sign-in as '%s' from %s; failures in %d minutes: %d of this username, %d from this address"
                    .formatted(attempt.account(), attempt.address(), lockMinutes, ofAccount, fromAddress));
        }
        if (ofAccount >= accountFailures) {
            lock(lockedAccounts, failuresOfAccounts, attempt.account(), "username '" + attempt.account() + "'",
                    ofAccount, "the last from " + attempt.address());
        }
        if (fromAddress >= addressFailures) {
            lock(lockedAddresses, failuresFromAddresses, attempt.address(), "address " + attempt.address(),
                    fromAddress, "the last as '" + attempt.account() + "'");
        }
    }

    @Override
    public Optional<Duration> lockedFor(String username, String clientAddress) {
        return lockOf(accountKey(username), addressKey(clientAddress));
    }

    private Optional<Duration> lockOf(String account, String address) {
        var longer = max(lockedAccounts.remaining(account), lockedAddresses.remaining(address));
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    /** The wait before an attempt that follows this many failures: none up to slow-after, then 1 s, doubling, at most 8 s. */
    Duration waitAfter(int failures) {
        if (failures < slowAfter) {
            return Duration.ZERO;
        }
        return Duration.ofSeconds(1L << Math.min(failures - slowAfter, 3));
    }

    private void lock(RecentAttempts locks, RecentAttempts failures, String key, String what, int count, String last) {
        if (locks.count(key) > 0) {
            return;
        }
        locks.add(key);
        failures.forget(key);
        LOG.log(Level.WARNING, () -> "Sign-in locked for %d minutes for %s after %d failures, %s"
                .formatted(lockMinutes, what, count, last));
    }

    /**
     * A name typed (username or address) as it may appear in a log line and a key: no control characters, no line
     * breaks, bounded.
     */
    private static String accountKey(String username) {
        // Folded as addresses are when signing in, so "Ana@Example.org" and "ana@example.org" share one count.
        var clean = PlainText.clean(username == null ? "" : username).strip().toLowerCase(Locale.ROOT)
                .replaceAll("\\s", " ");
        return clean.length() <= 64 ? clean : clean.substring(0, 64) + "…";
    }

    private static String addressKey(String address) {
        return address == null ? "unknown" : address;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static void sleep(Duration wait) {
        try {
            Thread.sleep(wait);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
