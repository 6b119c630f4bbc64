package org.broadsheet.app;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.internal.NavigationRouteTarget;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.shared.ui.FirstResponseHtml;
import org.broadsheet.shared.ui.PageHead;
import org.broadsheet.shared.ui.ReadingView;
import org.broadsheet.shared.ui.StaticHtml;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;

/**
 * The complete first response of every reading page, rendered from the same view classes Vaadin shows
 * and kept as bytes for a few seconds, so a story read by thousands costs one rendering, no HTTP session
 * and no UI until a reader's browser starts one. Editorial changes and moderation empty it at once; the
 * time limit bounds how stale another server instance can be.
 */
@ApplicationScoped
class FirstResponses {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(10);
    static final int MAX_ENTRIES = 2_000;

    /** A page ready to send: status, bytes and the validators a client or proxy revalidates with. */
    record Page(int status, byte[] body, String etag, Instant lastModified, Instant expires, long generation) {
    }

    @Inject
    Instance<Object> beans;

    @Inject
    ShellDocument shellDocument;

    private final ConcurrentHashMap<String, Page> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final Clock clock = Clock.systemUTC();
    private volatile RouteRegistry routes;

    /** Whether a Vaadin reading view serves this path (without leading slash); only those are answered here. */
    Optional<NavigationRouteTarget> readingRoute(ServletContext context, String path) {
        var registry = routes;
        if (registry == null) {
            registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context));
            routes = registry;
        }
        var target = registry.getNavigationRouteTarget(path);
        if (!target.hasTarget() || !ReadingView.class.isAssignableFrom(target.getRouteTarget().getTarget())) {
            return Optional.empty();
        }
        return Optional.of(target);
    }

    boolean hasShell() {
        return shellDocument.shell().isPresent();
    }

    /**
     * The page for this address. {@code key} names it completely (site address, path and query); the
     * shell must have been captured.
     */
    Page page(String key, String baseUrl, String path, NavigationRouteTarget route, QueryParameters query) {
        var now = clock.instant();
        var current = generation.get();
        var cached = pages.get(key);
        if (cached != null && cached.generation() == current && cached.expires().isAfter(now)) {
            return cached;
        }
        var fresh = render(baseUrl, path, route, query, now, current);
        if (cached != null && cached.etag().equals(fresh.etag())) {
            // Same bytes as before: the page has not been modified since then.
            fresh = new Page(fresh.status(), cached.body(), cached.etag(), cached.lastModified(), fresh.expires(), current);
        }
        if (fresh.status() == HttpServletResponse.SC_OK) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            pages.put(key, fresh);
        }
        return fresh;
    }

    private Page render(String baseUrl, String path, NavigationRouteTarget route, QueryParameters query,
            Instant now, long generation) {
        var viewType = route.getRouteTarget().getTarget();
        var layoutType = layoutOf(path, route);
        var view = beans.select(viewType).getHandle();
        var layout = layoutType.map(type -> beans.select(type).getHandle());
        try {
            var head = ((ReadingView) view.get()).showFirstResponse(route.getRouteParameters(), query);
            var content = head.isPresent() ? view.get() : new NotFoundView();
            Component page = content;
            if (layout.isPresent()) {
                layout.get().get().showRouterLayoutContent(content);
                page = (Component) layout.get().get();
            }
            var document = head.map(h -> filled(h, baseUrl)).orElseGet(this::notFound);
            document.getElementById("outlet").before("<div id=\"" + StaticHtml.FIRST_RESPONSE_ID + "\">"
                    + FirstResponseHtml.of(page) + "</div>");
            var body = document.outerHtml().getBytes(StandardCharsets.UTF_8);
            var status = head.isPresent() ? HttpServletResponse.SC_OK : HttpServletResponse.SC_NOT_FOUND;
            return new Page(status, body, etagOf(body), now.truncatedTo(ChronoUnit.SECONDS), now.plus(TIME_TO_LIVE),
                    generation);
        } finally {
            view.destroy();
            layout.ifPresent(Instance.Handle::destroy);
        }
    }

    private Optional<Class<? extends RouterLayout>> layoutOf(String path, NavigationRouteTarget route) {
        var parents = route.getRouteTarget().getParentLayouts();
        if (!parents.isEmpty()) {
            return Optional.of(parents.getFirst());
        }
        return routes.hasLayout(path) ? Optional.of(routes.getLayout(path)) : Optional.empty();
    }

    private Document filled(PageHead head, String baseUrl) {
        var document = shellDocument.shell().orElseThrow();
        document.title(head.title());
        var html = document.head();
        var url = baseUrl + head.canonicalPath();
        html.appendElement("meta").attr("name", "description").attr("content", head.description());
        html.appendElement("link").attr("rel", "canonical").attr("href", url);
        html.appendElement("meta").attr("property", "og:type").attr("content", head.openGraphType());
        html.appendElement("meta").attr("property", "og:title").attr("content", head.title());
        html.appendElement("meta").attr("property", "og:description").attr("content", head.description());
        html.appendElement("meta").attr("property", "og:url").attr("content", url);
        head.openGraph().forEach(property ->
                html.appendElement("meta").attr("property", property.name()).attr("content", property.content()));
        html.appendElement("meta").attr("name", "twitter:card").attr("content", "summary");
        html.appendElement("script").appendChild(new DataNode(StaticHtml.FIRST_RESPONSE_SCRIPT));
        if (!head.structuredData().isEmpty()) {
            // "</" inside a script element would end it early.
            html.appendElement("script").attr("type", "application/ld+json")
                    .appendChild(new DataNode(head.structuredData().replace("</", "<\\/")));
        }
        return document;
    }

    /** No such page: said plainly, with no scripts, so a made-up address starts no UI on the server. */
    private Document notFound() {
        var document = shellDocument.shell().orElseThrow();
        document.title(NotFoundView.TITLE);
        document.select("script").remove();
        document.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        return document;
    }

    private static String etagOf(byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    // After the modules have forgotten their own copies (they observe at LIBRARY_BEFORE).
    void articlesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION)
            ArticlesChanged change) {
        generation.incrementAndGet();
    }

    void commentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION)
            CommentsChanged change) {
        generation.incrementAndGet();
    }
}
