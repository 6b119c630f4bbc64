package org.broadsheet.loadtests.site;

import java.time.Duration;
import java.util.Optional;

/** The Broadsheet a run measures: one this module started, or one that was already running. */
public interface SiteUnderTest extends AutoCloseable {

    /** Ends with a slash, e.g. {@code http://127.0.0.1:18512/}. */
    String baseUrl();

    /** The server's process id, known only when this module started it (for jcmd). */
    Optional<Long> pid();

    /** From launching the server to the first complete article page, when this module started it. */
    Optional<Duration> startTime();

    Optional<ServerLog> log();

    /** A one-line description for reports: who started it, with what heap. */
    String description();

    @Override
    void close();

    static SiteUnderTest running(String baseUrl) {
        return new SiteUnderTest() {
            public String baseUrl() {
                return baseUrl;
            }

            public Optional<Long> pid() {
                return Optional.ofNullable(Long.getLong("serverPid"));
            }

            public Optional<Duration> startTime() {
                return Optional.empty();
            }

            public Optional<ServerLog> log() {
                return Optional.empty();
            }

            public String description() {
                return "a running server at " + baseUrl;
            }

            public void close() {
                // not ours to stop
            }
        };
    }
}
