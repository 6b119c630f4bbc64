package org.broadsheet.app.ui;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The session cookie's attributes, set while the application starts (web.xml cannot read configuration):
 * {@code SameSite=Lax}, so another site cannot make a signed-in editor's browser post to the back office,
 * and {@code Secure} when the site is served over HTTPS. The server marks the cookie secure by itself on a
 * request it received over TLS; behind a proxy that ends TLS it cannot tell, so {@code Secure} follows the
 * site's public address ({@code broadsheet.public-url} starting with {@code https:}) unless
 * {@code broadsheet.session-cookie.secure} says otherwise.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var config = ConfigProvider.getConfig();
        var cookie = event.getServletContext().getSessionCookieConfig();
        // Servlet 6; Payara reads its own setting instead (glassfish-web.xml, cookieSameSite).
        cookie.setAttribute("SameSite", "Lax");
        if (isSecure(config.getOptionalValue("broadsheet.session-cookie.secure", Boolean.class),
                config.getOptionalValue("broadsheet.public-url", String.class))) {
            cookie.setSecure(true);
        }
    }

    static boolean isSecure(Optional<Boolean> configured, Optional<String> publicUrl) {
        return configured.orElseGet(() -> publicUrl.map(url -> url.regionMatches(true, 0, "https:", 0, 6)).orElse(false));
    }
}
