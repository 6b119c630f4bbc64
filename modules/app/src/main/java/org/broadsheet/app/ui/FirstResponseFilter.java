package org.broadsheet.app.ui;

import com.vaadin.flow.router.QueryParameters;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Slug;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * Answers the first request for any page (a GET of its address, not one of Vaadin's own requests or a
 * file) with the page from {@link FirstResponses}, complete for a reading page: no HTTP session (the
 * browser's first Vaadin request starts one), validators for 304 answers, and a {@code Cache-Control} that
 * lets a reverse proxy keep it for anonymous readers a few seconds. Everything else goes on to Vaadin.
 */
@WebFilter(filterName = "FirstResponseFilter", urlPatterns = "/*", asyncSupported = true)
public class FirstResponseFilter extends HttpFilter {

    static final String FOR_ANONYMOUS = "public, max-age=0, s-maxage=" + FirstResponses.TIME_TO_LIVE.toSeconds()
            + ", stale-while-revalidate=30";
    static final String FOR_SESSIONS = "private, no-cache";

    private static final String ARTICLES = "/articles/";

    @Inject
    FirstResponses pages;

    @Inject
    PublishedArticles articles;

    @Inject
    ShellDocument shellDocument;

    @Inject
    PublicAddress address;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isPageRequest(request, path)) {
            // A file (or Vaadin's own request, which may start a session): a missing file must not start one.
            chain.doFilter(isFileRequest(request, path) ? new SessionlessRequest(request) : request, response);
            return;
        }
        if (!pages.hasShell()) {
            // The server's first page request: Vaadin writes its shell once, without a session.
            var capture = shellDocument.capture(request, response, chain);
            if (capture instanceof ShellDocument.VaadinAnswer answer) {
                response.setStatus(answer.status());
                response.setContentType(answer.contentType());
                response.getOutputStream().write(answer.body());
                return;
            }
        }
        var baseUrl = address.baseUrl(request);
        var query = request.getQueryString();
        var key = baseUrl + path + (query == null ? "" : "?" + query);
        var page = pages.page(request.getServletContext(), key, baseUrl, path.substring(1),
                query == null ? QueryParameters.empty() : QueryParameters.fromString(query));
        if (page.status() == HttpServletResponse.SC_NOT_FOUND && sentOnIfMoved(path, baseUrl, query, request, response)) {
            return;
        }
        send(page, request, response);
    }

    /**
     * An article's former address answers 301 with its current one, so links shared before its slug changed
     * keep working. Asked only when nothing is at the address, so pages that exist cost no extra query. Not
     * kept by browsers ({@code max-age=0}): the slug may move again, even back, and a kept 301 would then loop.
     */
    private boolean sentOnIfMoved(String path, String baseUrl, String query, HttpServletRequest request,
            HttpServletResponse response) {
        if (!path.startsWith(ARTICLES) || !Slug.isValid(path.substring(ARTICLES.length()))) {
            return false;
        }
        var moved = articles.movedTo(path.substring(ARTICLES.length()));
        if (moved.isEmpty()) {
            return false;
        }
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", baseUrl + ARTICLES.substring(1) + moved.get() + (query == null ? "" : "?" + query));
        response.setHeader("Cache-Control", isPersonal(request) ? FOR_SESSIONS : FOR_ANONYMOUS);
        response.setContentLength(0);
        return true;
    }

    /**
     * A page's address: not Vaadin's own request ({@code v-r}), not a file, not the server's health probes, not
     * the API, not the site's feed. (Listed, not found from the servlet mappings: Payara maps servlets of its own, such as
     * /metrics, which must stay a plain 404.)
     */
    private static boolean isPageRequest(HttpServletRequest request, String path) {
        return SecurityFilter.isRead(request) && path.startsWith("/") && path.indexOf('%') < 0 && !isFile(path)
                && !isHealthProbe(path) && !isApi(path) && !path.equals("/feed")
                && !SecurityFilter.isVaadinRequest(request, path);
    }

    /**
     * Payara Micro serves MicroProfile Health inside the web module at "/", which is the site: without this,
     * {@code /health/ready} would be answered as an unknown page (404) and a load balancer would take the
     * instance out. What it shows anonymous callers is only UP or DOWN (see SiteReadiness).
     */
    private static boolean isHealthProbe(String path) {
        return path.equals("/health") || path.startsWith("/health/");
    }

    /** The JSON API and the server's description of it: Jakarta REST and MicroProfile OpenAPI answer those. */
    private static boolean isApi(String path) {
        return path.equals("/openapi") || path.startsWith("/openapi/") || path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean isFileRequest(HttpServletRequest request, String path) {
        return SecurityFilter.isRead(request) && isFile(path) && request.getParameter("v-r") == null;
    }

    /** Vaadin's resources, or a name with a dot in its last segment (no route or slug has one). */
    private static boolean isFile(String path) {
        return path.startsWith("/VAADIN/") || path.lastIndexOf('.') > path.lastIndexOf('/');
    }

    private static void send(FirstResponses.Page page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setHeader("Cache-Control", isPersonal(request) ? FOR_SESSIONS : FOR_ANONYMOUS);
        if (page.status() == HttpServletResponse.SC_OK) {
            response.setHeader("ETag", page.etag());
            response.setDateHeader("Last-Modified", page.lastModified().toEpochMilli());
            if (notModified(page, request)) {
                response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
                return;
            }
        }
        response.setStatus(page.status());
        response.setContentType("text/html;charset=utf-8");
        response.setContentLength(page.body().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(page.body());
        }
    }

    /** RFC 9110: If-None-Match wins over If-Modified-Since; entity tags compare weakly for GET. */
    private static boolean notModified(FirstResponses.Page page, HttpServletRequest request) {
        var ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip)
                    .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                    .anyMatch(tag -> tag.equals("*") || tag.equals(page.etag()));
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
        return ifModifiedSince >= 0 && page.lastModified().toEpochMilli() <= ifModifiedSince;
    }

    /**
     * A response no shared cache may keep: the browser has a session, or this very request signed it in (a kept
     * sign-in's cookie, answered with a new session's cookie and the kept sign-in's next secret).
     */
    private static boolean isPersonal(HttpServletRequest request) {
        return request.getRequestedSessionId() != null || request.getUserPrincipal() != null
                || request.getSession(false) != null;
    }
}
