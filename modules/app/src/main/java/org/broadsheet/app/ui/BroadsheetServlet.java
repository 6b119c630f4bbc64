package org.broadsheet.app.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import com.vaadin.cdi.CdiVaadinServletService;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.BootstrapHandler;
import com.vaadin.flow.server.communication.PushConnectionFactory;
import com.vaadin.flow.server.RequestHandler;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.component.PushConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.server.communication.JavaScriptBootstrapHandler;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import tools.jackson.databind.node.ObjectNode;

/**
 * Vaadin's servlet (with CDI), registered here instead of automatically so that every reader's first
 * Vaadin request is cheaper. Starting a UI, Vaadin 25.2 looks up its push connection factory and its
 * development-mode handler with a class-path scan each time ({@link ServiceLoader}); on Payara that scan was
 * about a sixth of the server's work per new reader. This looks each up once.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true, loadOnStartup = 1)
public class BroadsheetServlet extends CdiVaadinServlet {

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        var service = new Service(this, configuration);
        service.init();
        return service;
    }

    private static final class Service extends CdiVaadinServletService {

        Service(CdiVaadinServlet servlet, DeploymentConfiguration configuration) {
            super(servlet, configuration, CDI.current().getBeanManager());
        }

        @Override
        protected List<RequestHandler> createRequestHandlers() throws ServiceException {
            var handlers = super.createRequestHandlers();
            handlers.replaceAll(handler -> handler.getClass() == JavaScriptBootstrapHandler.class
                    ? new NewReaderBootstrap() : handler);
            return handlers;
        }
    }

    /** Vaadin's own handler of {@code ?v-r=init}, without its per-request class-path scans. */
    private static final class NewReaderBootstrap extends JavaScriptBootstrapHandler {

        // Production mode has no development-mode handler; the push factory cannot change while running.
        private static volatile Optional<PushConnectionFactory> pushConnections;

        @Override
        protected void setupPushConnectionFactory(PushConfiguration configuration, BootstrapContext context) {
            var factory = pushConnections;
            if (factory == null) {
                factory = ServiceLoader.load(PushConnectionFactory.class,
                        context.getSession().getService().getClassLoader()).findFirst();
                pushConnections = factory;
            }
            factory.ifPresent(configuration::setPushConnectionFactory);
        }

        @Override
        protected ObjectNode getInitialJson(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (!session.getConfiguration().isProductionMode()) {
                return super.getInitialJson(request, response, session);
            }
            // As Vaadin writes it in production mode, where its "errors" (from a development server) are null.
            var context = createAndInitUI(UI.class, request, response, session);
            var appConfig = context.getApplicationParameters();
            appConfig.put("productionMode", true);
            appConfig.put("appId", context.getAppId());
            appConfig.set("uidl", BootstrapHandler.getInitialUidl(context.getUI()));
            var initial = JacksonUtils.createObjectNode();
            initial.set("appConfig", appConfig);
            if (context.getPushMode().isEnabled()) {
                initial.put("pushScript", BootstrapHandler.getPushScript(context));
            }
            initial.set("errors", JacksonUtils.nullNode());
            return initial;
        }
    }
}
