package org.broadsheet.app.ui;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.broadsheet.shared.SecureCookies;

/**
 * The session cookie's attributes, set while the application starts (web.xml cannot read configuration):
 * {@code SameSite=Lax}, so another site cannot make a signed-in editor's browser post to the back office,
 * and {@code Secure} as {@link SecureCookies} decides.
 */
@WebListener
public class SessionCookie implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        var cookie = event.getServletContext().getSessionCookieConfig();
        // Servlet 6; Payara reads its own setting instead (glassfish-web.xml, cookieSameSite).
        cookie.setAttribute("SameSite", "Lax");
        if (SecureCookies.wanted()) {
            cookie.setSecure(true);
        }
    }
}
