package org.broadsheet.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.broadsheet.content.PublishedArticles;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means a reader would get a page: first-start work has finished and the database answers.
 */
@Readiness
@ApplicationScoped
class SiteReadiness implements HealthCheck {

    @Inject
    PublishedArticles articles;

    @Inject
    StartupState startup;

    @Override
    public HealthCheckResponse call() {
        if (!startup.isFinished()) {
            return HealthCheckResponse.named("broadsheet").down().withData("reason", "starting").build();
        }
        try {
            return HealthCheckResponse.named("broadsheet").up()
                    .withData("publishedArticles", articles.countPublished()).build();
        } catch (RuntimeException unavailable) {
            return HealthCheckResponse.named("broadsheet").down()
                    .withData("reason", String.valueOf(unavailable.getMessage())).build();
        }
    }
}
