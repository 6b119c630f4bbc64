package org.broadsheet.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.function.Consumer;
import org.broadsheet.app.testenv.Site;
import org.broadsheet.app.testenv.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** System tests on the server they share ({@link BroadsheetServer#shared()}), each class with its browser. */
abstract class OnSharedServer {

    /** The shared Payara Micro, or the server this run deploys to instead (WildFly, Payara Server). */
    static Site server;
    static Browser browser;
    private static Chromium chromium;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void startBrowser() throws Exception {
        var external = TestEnvironment.site();
        server = external.isPresent() ? external.get() : BroadsheetServer.shared();
        chromium = Chromium.launch();
        browser = chromium.browser;
    }

    /** The shared server as the Payara Micro it is, for tests that read its log (never run on other servers). */
    static BroadsheetServer payaraMicro() {
        if (server instanceof BroadsheetServer micro) {
            return micro;
        }
        throw new IllegalStateException("This test reads Payara Micro's log; it runs only in the Payara Micro cells");
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    /** The SMTP server the shared server sends its mail to, for tests that read a reader's inbox. */
    static Mailbox mailbox() {
        try {
            return BroadsheetServer.sharedMailbox();
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("The shared server's mailbox did not start", failed);
        }
    }

    /** What a client without a browser (a crawler, a feed reader, a link preview) gets at {@code path}. */
    static HttpResponse<byte[]> fetch(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(server.uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | InterruptedException failed) {
            throw new IllegalStateException("GET " + path + " failed", failed);
        }
    }

    /** The body of {@link #fetch}, as text. */
    static String fetchText(String path) {
        return new String(fetch(path).body());
    }

    /** A person with a browser of their own (cookies, storage), closed afterwards whatever happens. */
    static void asNewVisitor(Browser.NewContextOptions options, Consumer<BrowserContext> visit) {
        var context = browser.newContext(options);
        try {
            visit.accept(context);
        } finally {
            context.close();
        }
    }

    /** A page of this person's browser, signed in to the shared server as one of its demo accounts. */
    static Page signedIn(BrowserContext context, String user) {
        var page = context.newPage();
        page.navigate(server.url("login"));
        signInOn(page, user);
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** Fills in and sends the sign-in form the page shows. */
    static void signInOn(Page page, String user) {
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(BroadsheetServer.PASSWORDS.get(user));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
    }
}
