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
 * Security authenticates before any filter runs, so the replacement is known here.
 */
@WebFilter(filterName = "RememberedDeviceCookie", asyncSupported = true)
public class RememberedDeviceCookie extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(RememberedDevices.REPLACEMENT) instanceof String secret) {
            // As @RememberMe writes it, so the new one takes the old one's place.
            var cookie = new Cookie(SignInMechanism.REMEMBER_ME_COOKIE, secret);
            cookie.setMaxAge(SignInMechanism.REMEMBER_ME_SECONDS);
            cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
            cookie.setHttpOnly(true);
            cookie.setSecure(SecureCookies.wanted());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        chain.doFilter(request, response);
    }
}
