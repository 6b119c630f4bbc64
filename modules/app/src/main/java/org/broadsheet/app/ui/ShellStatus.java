package org.broadsheet.app.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Vaadin answers every address it cannot place with its app shell, so without this a missing file
 * ({@code /wp-login.php}) would come back "200 OK". Page addresses never get here (see
 * {@link FirstResponseFilter}); crawlers and monitors need the real 404 for the rest.
 */
@ApplicationScoped
class ShellStatus {

    void install(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::setStatus);
    }

    private void setStatus(IndexHtmlResponse response) {
        var path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("/").substring(1);
        if (RouteConfiguration.forApplicationScope().getRoute(path).isEmpty()) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
