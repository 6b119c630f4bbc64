package org.broadsheet.app.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * The site's read-only JSON API at {@code /api}; each module adds its resources in its {@code ui} package, beside its
 * other ways in (the content module's: {@code ArticlesResource}). The server describes it at {@code /openapi} (MicroProfile OpenAPI).
 */
@ApplicationPath("api")
@OpenAPIDefinition(info = @Info(title = "The Broadsheet API", version = "1",
        description = "Published articles and topics, read-only and open to anyone. Every answer carries an ETag "
                + "(and one article its Last-Modified): send them back in If-None-Match / If-Modified-Since to get "
                + "304 when nothing changed."))
public class JsonApi extends Application {
}
