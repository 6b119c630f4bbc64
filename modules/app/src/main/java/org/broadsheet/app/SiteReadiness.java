package org.broadsheet.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.broadsheet.content.PublishedArticles;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means a reader would get a page: first-start work has finished and the database answers.
 *
 * <p>Anyone may ask (a load balancer, an orchestrator, a stranger), so the answer is only UP or DOWN. Why the
 * site is down (a database's error message names hosts, users and tables) goes to the server log instead,
 * once per outage: probes come every few seconds and must not fill the log.
 */
@Readiness
@ApplicationScoped
class SiteReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(SiteReadiness.class.getName());
    private static final String NAME = "broadsheet";

    @Inject
    PublishedArticles articles;

    @Inject
    StartupState startup;

    private final AtomicBoolean databaseDown = new AtomicBoolean();

    @Override
    public HealthCheckResponse call() {
        if (!startup.isFinished()) {
            return HealthCheckResponse.down(NAME);
        }
        try {
            articles.countPublished();
        } catch (RuntimeException unavailable) {
            if (databaseDown.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "Not ready: the database does not answer", unavailable);
            }
            return HealthCheckResponse.down(NAME);
        }
        if (databaseDown.compareAndSet(true, false)) {
            LOG.info("Ready again: the database answers");
        }
        return HealthCheckResponse.up(NAME);
    }
}
