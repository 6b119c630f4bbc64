package org.broadsheet.app.browser;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A server and a browser of a test class's own, for settings the shared server must not have (a small budget,
 * small limits) or for a test that kills its server: started before the class's first test, stopped after its
 * last, whatever happened in between. Register it with {@code @RegisterExtension static final OwnServer own}.
 */
final class OwnServer implements BeforeAllCallback, AfterAllCallback {

    private final String[] systemProperties;
    private BroadsheetServer server;
    private Chromium chromium;

    /** @param systemProperties {@code -Dbroadsheet.…=…} settings for this server */
    OwnServer(String... systemProperties) {
        this.systemProperties = systemProperties;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = BroadsheetServer.start(systemProperties);
        chromium = Chromium.launch();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (chromium != null) {
            chromium.close();
        }
        if (server != null) {
            server.close();
        }
    }

    BroadsheetServer server() {
        return server;
    }

    Browser browser() {
        return chromium.browser;
    }
}
