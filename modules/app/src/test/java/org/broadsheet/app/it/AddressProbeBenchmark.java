package org.broadsheet.app.it;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.broadsheet.people.NewReader;
import org.broadsheet.people.Outbox;
import org.broadsheet.people.Registrations;
import org.broadsheet.people.RequestOrigin;
import org.junit.jupiter.api.Test;

/**
 * Whether how long the site takes to answer tells if an email address has an account: registration and reset
 * requests for addresses that have one and for addresses that do not, timed on the real server, interleaved so
 * that warming up or a busy moment favours neither. A benchmark, not a test: it asserts nothing, and its name
 * keeps it out of the build's test runs. Run it with
 * {@code ./mvnw -pl modules/app -am verify -Ponly-h2 -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
 * -Dit.test=AddressProbeBenchmark} (or {@code -Ponly-postgresql}) and read its figures in
 * {@code modules/app/target/failsafe-reports/<cell>/*AddressProbeBenchmark-output.txt}.
 */
class AddressProbeBenchmark extends InContainerTest {

    private static final int ROUNDS = Integer.getInteger("rounds", 60);
    private static final String PASSWORD = "four unrelated words here";
    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Inject
    Registrations registrations;

    @Inject
    Outbox outbox;

    @Test
    void known_and_unknown_addresses_take_as_long() throws Exception {
        var known = new ArrayList<String>();
        for (int i = 0; i < ROUNDS; i++) {
            var email = "probe-" + UUID.randomUUID() + "@example.com";
            registrations.register(new NewReader("Probe", email, PASSWORD), origin());
            known.add(email);
        }
        // Each confirmed with its mailed link, read from the outbox as an admin would.
        for (var mail : admin.call(() -> outbox.newest(0, ROUNDS))) {
            var token = TOKEN.matcher(mail.body());
            if (token.find()) {
                registrations.confirm(token.group(1));
            }
        }
        report("reset request", known, email -> registrations.requestPasswordReset(email, origin()));
        report("registration", known, email -> registrations.register(new NewReader("Probe", email, PASSWORD), origin()));
    }

    /** Times the step for a known and an unknown address in turn, and prints the medians and 90th percentiles. */
    private static void report(String step, List<String> known, Consumer<String> request) {
        var knownTimes = new long[known.size()];
        var unknownTimes = new long[known.size()];
        for (int i = 0; i < known.size(); i++) {
            knownTimes[i] = timed(request, known.get(i));
            unknownTimes[i] = timed(request, "nobody-" + UUID.randomUUID() + "@example.com");
        }
        System.out.printf("%s, %d each: known address p50 %.2f ms p90 %.2f ms; unknown p50 %.2f ms p90 %.2f ms%n",
                step, known.size(), percentile(knownTimes, 50), percentile(knownTimes, 90),
                percentile(unknownTimes, 50), percentile(unknownTimes, 90));
    }

    private static long timed(Consumer<String> request, String email) {
        var started = System.nanoTime();
        request.accept(email);
        return System.nanoTime() - started;
    }

    private static double percentile(long[] nanos, int percent) {
        var sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
    }

    /** A client address of its own each time, so the limits per address never come into it. */
    private static RequestOrigin origin() {
        return new RequestOrigin("probe-" + UUID.randomUUID(), "http://127.0.0.1:8080/");
    }
}
