package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.broadsheet.content.PublishedArticles;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /health/ready answers anyone, so it says UP or DOWN and nothing of why: the why goes to the log, once. */
class SiteReadinessTest {

    static final String SECRET = "FATAL: password authentication failed for user \"broadsheet\" (db.internal:5432)";

    private final SiteReadiness readiness = new SiteReadiness();
    private final List<LogRecord> logged = new ArrayList<>();
    private final Logger log = Logger.getLogger(SiteReadiness.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private boolean databaseAnswers = true;

    @BeforeAll
    static void healthOutsideTheServer() {
        HealthCheckResponse.setResponseProvider(PlainBuilder::new);
    }

    @BeforeEach
    void finishedStarting() {
        readiness.startup = new StartupState();
        readiness.startup.finished();
        readiness.articles = (PublishedArticles) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PublishedArticles.class}, (proxy, method, arguments) -> {
                    if (!databaseAnswers) {
                        throw new IllegalStateException(SECRET);
                    }
                    return method.getName().equals("countPublished") ? 3L : null;
                });
        log.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        log.removeHandler(capture);
    }

    @Test
    void a_database_error_is_down_without_its_message_and_logged_once_per_outage() {
        databaseAnswers = false;

        var first = readiness.call();
        var second = readiness.call();

        assertThat(first.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(first.getData()).isEmpty();
        assertThat(second.getData()).isEmpty();
        assertThat(logged).hasSize(1);
        assertThat(logged.getFirst().getThrown()).hasMessage(SECRET);
    }

    @Test
    void up_is_only_up() {
        var answer = readiness.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(answer.getData()).isEmpty();
    }

    @Test
    void starting_is_down_without_touching_the_database() {
        readiness.startup = new StartupState();
        databaseAnswers = false;

        var answer = readiness.call();

        assertThat(answer.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        assertThat(answer.getData()).isEmpty();
        assertThat(logged).isEmpty();
    }

    /** What the server's provider builds, for a check called outside the server. */
    private static final class PlainBuilder extends HealthCheckResponseBuilder {

        private String name;
        private boolean up;
        private final Map<String, Object> data = new HashMap<>();

        @Override
        public HealthCheckResponseBuilder name(String name) {
            this.name = name;
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, String value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, long value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder withData(String key, boolean value) {
            data.put(key, value);
            return this;
        }

        @Override
        public HealthCheckResponseBuilder up() {
            return status(true);
        }

        @Override
        public HealthCheckResponseBuilder down() {
            return status(false);
        }

        @Override
        public HealthCheckResponseBuilder status(boolean up) {
            this.up = up;
            return this;
        }

        @Override
        public HealthCheckResponse build() {
            return new HealthCheckResponse(name, up ? HealthCheckResponse.Status.UP : HealthCheckResponse.Status.DOWN,
                    data.isEmpty() ? Optional.empty() : Optional.of(Map.copyOf(data)));
        }
    }
}
