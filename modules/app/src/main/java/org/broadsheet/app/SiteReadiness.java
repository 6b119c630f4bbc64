package org.broadsheet.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.broadsheet.content.PublishedArticles;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready means a reader would get a page: the schema is migrated and the database answers. Startup beans
 * (migration, demo content) finish before the application is deployed, so this cannot pass before them.
 */
@Readiness
@ApplicationScoped
class SiteReadiness implements HealthCheck {

    @Inject
    PublishedArticles articles;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("broadsheet").up()
                    .withData("publishedArticles", articles.countPublished()).build();
        } catch (RuntimeException unavailable) {
            return HealthCheckResponse.named("broadsheet").down()
                    .withData("reason", String.valueOf(unavailable.getMessage())).build();
        }
    }
}
