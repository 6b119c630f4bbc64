package org.broadsheet.people.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.broadsheet.shared.SecureCookies;

/**
 * Sends a remembered browser its new secret after {@link RememberedDevices} used up the old one to sign it in:
 * {@code @RememberMe} sets its cookie only at sign-in, and an identity store never sees the response. Jakarta
 * Security authenticates before any filter runs, so the replacement is known here; web.xml puts this filter first,
 * so no other filter's early answer (a 405, say) leaves the browser with the used secret.
 */
@WebFilter(filterName = "RememberedDeviceCookie", asyncSupported = true)
public class RememberedDeviceCookie extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(RememberedDevices.REPLACEMENT) instanceof String secret) {
            // Name, path, lifetime and flags as @RememberMe writes it, so the new one takes the old one's place
            // (plus SameSite, which @RememberMe does not set).
            var cookie = new Cookie(SignInMechanism.REMEMBER_ME_COOKIE, secret);
            cookie.setMaxAge(SignInMechanism.REMEMBER_ME_SECONDS);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(request.isSecure() || SecureCookies.wanted());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        chain.doFilter(request, response);
    }
}
