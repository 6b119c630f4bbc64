package org.broadsheet.app;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;

/**
 * Vaadin answers every page address with the same shell and routes in the browser, so without this an
 * address that no view serves would come back "200 OK". Crawlers and monitors need the real 404.
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
