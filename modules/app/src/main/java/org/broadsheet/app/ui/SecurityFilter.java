package org.broadsheet.app.ui;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.ui.OneClickStop;
import org.broadsheet.shared.Roles;

/**
 * What every request to the site meets first (web.xml puts it before the other filters):
 * <ul>
 * <li>security headers on every response: a {@link ContentSecurityPolicy}, {@code nosniff}, a referrer
 * policy, and no framing of the back office;</li>
 * <li>pages and files answer only {@code GET} and {@code HEAD} (405 otherwise); Vaadin's own requests
 * ({@code ?v-r=…} and {@code /VAADIN/…}: UIDL, heartbeats, unload beacons, uploads) go on as they are;</li>
 * <li>a signed-in caller who opens a staff page without the role gets its page with HTTP 403 (Vaadin shows
 * the "Forbidden" view in it, see {@code people.ui.ViewAccessControl}), not 200.</li>
 * </ul>
 */
@WebFilter(filterName = "SecurityFilter", asyncSupported = true)
public class SecurityFilter extends HttpFilter {

    static final String ALLOWED_METHODS = "GET, HEAD";

    @Inject
    ContentSecurityPolicy policy;

    @Inject
    Accounts accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        endIfSignedOut(request);
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var framingForbidden = ContentSecurityPolicy.isFramingForbidden(path);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", framingForbidden ? "DENY" : "SAMEORIGIN");
        response.setHeader("Referrer-Policy", framingForbidden ? "same-origin" : "strict-origin-when-cross-origin");
        if (policy.isComplete()) {
            response.setHeader("Content-Security-Policy", policy.forPath(path));
        } else {
            // The server's first pages: the policy names Vaadin's inline scripts, known once its shell is.
            response = new PolicyBeforeBody(response, path);
        }
        if (isVaadinRequest(request, path)) {
            chain.doFilter(request, response);
            return;
        }
        if (!isRead(request) && !isOneClickStop(request, path)) {
            response.setHeader("Allow", ALLOWED_METHODS);
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        chain.doFilter(request, isForbiddenPage(request, path) ? new Forbidden(response) : response);
    }

    /**
     * A session that signed in before its person signed out everywhere, changed password or roles, or was banned,
     * ends here, whichever server instance it lives on: this request and the next go on as anonymous.
     */
    private void endIfSignedOut(HttpServletRequest request) throws ServletException {
        var principal = request.getUserPrincipal();
        if (principal == null) {
            return;
        }
        var session = request.getSession(false);
        // No time on record (a session from before it was kept): counted as signed in long ago.
        var signedInAt = session == null ? null : session.getAttribute(Accounts.SIGNED_IN_AT);
        var since = signedInAt instanceof Instant at ? at : Instant.EPOCH;
        if (accounts.sessionMayContinue(principal.getName(), since)) {
            return;
        }
        if (session != null) {
            session.invalidate();
        }
        request.logout();
    }

    /** A mail program stopping mail a person chose: one POST, no page (RFC 8058). */
    private static boolean isOneClickStop(HttpServletRequest request, String path) {
        return "POST".equals(request.getMethod()) && path.equals("/" + OneClickStop.PATH);
    }

    /** Vaadin's client talking to the server: its requests carry {@code v-r} or go to {@code /VAADIN/}. */
    static boolean isVaadinRequest(HttpServletRequest request, String path) {
        // The query string only: reading a parameter could consume a posted body.
        var query = request.getQueryString();
        return path.startsWith("/VAADIN/")
                || (query != null && ("&" + query).contains("&v-r="));
    }

    /** Reading a page or file; anything else on a page is refused here, before FirstResponseFilter sees it. */
    static boolean isRead(HttpServletRequest request) {
        var method = request.getMethod();
        return "GET".equals(method) || "HEAD".equals(method);
    }

    /** A staff page (a view with {@code @RolesAllowed}) opened by someone signed in without its role. */
    private static boolean isForbiddenPage(HttpServletRequest request, String path) {
        if (request.getUserPrincipal() == null || !path.startsWith("/")) {
            return false;
        }
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        var route = registry.getNavigationRouteTarget(path.substring(1));
        if (!route.hasTarget()) {
            return false;
        }
        return !Roles.admit(route.getRouteTarget().getTarget(), request::isUserInRole);
    }

    /** The page as it would be, answered with 403. */
    private static final class Forbidden extends HttpServletResponseWrapper {

        Forbidden(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int status) {
            super.setStatus(status == SC_OK ? SC_FORBIDDEN : status);
        }
    }

    /** Sets the policy once the response is about to be written, when Vaadin's shell has been captured. */
    private final class PolicyBeforeBody extends HttpServletResponseWrapper {

        private final String path;

        PolicyBeforeBody(HttpServletResponse response, String path) {
            super(response);
            this.path = path;
        }

        private void setPolicy() {
            if (!isCommitted() && !containsHeader("Content-Security-Policy")) {
                setHeader("Content-Security-Policy", policy.forPath(path));
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            setPolicy();
            return super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            setPolicy();
            return super.getWriter();
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            setPolicy();
            super.sendError(status, message);
        }

        @Override
        public void sendError(int status) throws IOException {
            setPolicy();
            super.sendError(status);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            setPolicy();
            super.sendRedirect(location);
        }

        @Override
        public void flushBuffer() throws IOException {
            setPolicy();
            super.flushBuffer();
        }
    }
}
