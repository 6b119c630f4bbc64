package org.broadsheet.app.ui;

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
import jakarta.json.spi.JsonProvider;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.SpeakerChanged;
import org.broadsheet.people.AuthorChanged;
import org.broadsheet.shared.ui.FirstResponseHtml;
import org.broadsheet.shared.ui.JsonInHtml;
import org.broadsheet.shared.ui.EntityTags;
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

    // Looked up once: JsonProvider.provider() searches the class path on every call.
    private static final JsonProvider JSON = JsonProvider.provider();

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

    boolean hasShell() {
        return shellDocument.isCaptured();
    }

    /**
     * The first response for a page address: the complete page for a reading view, Vaadin's bare shell for any
     * other view (the browser's first Vaadin request builds it), a plain 404 page for an address no view
     * serves. {@code path} has no leading slash; {@code key} names the page completely (site address, path
     * and query). The shell must have been captured.
     */
    Page page(ServletContext context, String key, String baseUrl, String path, QueryParameters query) {
        var now = clock.instant();
        var current = generation.get();
        var cached = pages.get(key);
        if (cached != null && cached.generation() == current && cached.expires().isAfter(now)) {
            return cached;
        }
        var fresh = render(routes(context), baseUrl, path, query, now, current);
        if (cached != null && cached.etag().equals(fresh.etag())) {
            // Same bytes as before: the page has not been modified since then.
            fresh = new Page(fresh.status(), cached.body(), cached.etag(), cached.lastModified(), fresh.expires(), current);
        }
        // A withdrawn article is asked for as often as it was read, so its 410 page is kept like any page. Only
        // addresses the site links to are kept (no query but ?page=N): a search, or a made-up query string, is
        // rendered each time, so a flood of distinct ones cannot push the hot pages out.
        var kept = fresh.status() == HttpServletResponse.SC_OK || fresh.status() == HttpServletResponse.SC_GONE;
        if (kept && isListedAddress(query)) {
            if (pages.size() >= MAX_ENTRIES) {
                pages.clear();
            }
            pages.put(key, fresh);
        }
        return fresh;
    }

    private static boolean isListedAddress(QueryParameters query) {
        return query.getParameters().keySet().stream().allMatch("page"::equals);
    }

    private RouteRegistry routes(ServletContext context) {
        var registry = routes;
        if (registry == null) {
            registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(context));
            routes = registry;
        }
        return registry;
    }

    private Page render(RouteRegistry registry, String baseUrl, String path, QueryParameters query, Instant now,
            long generation) {
        var route = registry.getNavigationRouteTarget(path);
        var rendered = !route.hasTarget() ? Optional.<Rendered>empty()
                : ReadingView.class.isAssignableFrom(route.getRouteTarget().getTarget())
                        ? reading(registry, baseUrl, path, route, query)
                        : shellDocument.shell().map(shell -> new Rendered(shell, HttpServletResponse.SC_OK));
        var status = rendered.map(Rendered::status).orElse(HttpServletResponse.SC_NOT_FOUND);
        var body = rendered.map(Rendered::document).orElseGet(() -> notFound(registry)).outerHtml()
                .getBytes(StandardCharsets.UTF_8);
        return new Page(status, body, etagOf(body), now.truncatedTo(ChronoUnit.SECONDS), now.plus(TIME_TO_LIVE),
                generation);
    }

    private record Rendered(Document document, int status) {
    }

    /** A reading view, filled without a UI, in its layout: the complete page, or empty if nothing is there. */
    private Optional<Rendered> reading(RouteRegistry registry, String baseUrl, String path,
            NavigationRouteTarget route, QueryParameters query) {
        var view = beans.select(route.getRouteTarget().getTarget()).getHandle();
        try {
            return ((ReadingView) view.get()).showFirstResponse(route.getRouteParameters(), query).map(head -> {
                var document = filled(head, baseUrl);
                framed(document, view.get(), layoutOf(registry, path, route.getRouteTarget().getParentLayouts()));
                return new Rendered(document, head.status());
            });
        } finally {
            view.destroy();
        }
    }

    /** No such page: said plainly, with no scripts, so a made-up address starts no UI on the server. */
    private Document notFound(RouteRegistry registry) {
        var document = shellDocument.shell().orElseThrow();
        document.title(NotFoundView.TITLE);
        document.select("script").remove();
        document.head().appendElement("meta").attr("name", "robots").attr("content", "noindex");
        framed(document, new NotFoundView(), layoutOf(registry, "", List.of()));
        return document;
    }

    /** Writes the content, in its layout if it has one, before Vaadin's (still empty) outlet. */
    private void framed(Document document, Component content, Optional<Class<? extends RouterLayout>> layoutType) {
        var layout = layoutType.map(type -> beans.select(type).getHandle());
        try {
            Component page = content;
            if (layout.isPresent()) {
                layout.get().get().showRouterLayoutContent(content);
                page = (Component) layout.get().get();
            }
            document.getElementById("outlet").before("<div id=\"" + StaticHtml.FIRST_RESPONSE_ID + "\">"
                    + FirstResponseHtml.of(page) + "</div>");
        } finally {
            layout.ifPresent(Instance.Handle::destroy);
        }
    }

    private static Optional<Class<? extends RouterLayout>> layoutOf(RouteRegistry registry, String path,
            List<Class<? extends RouterLayout>> parents) {
        if (!parents.isEmpty()) {
            return Optional.of(parents.getFirst());
        }
        return registry.hasLayout(path) ? Optional.of(registry.getLayout(path)) : Optional.empty();
    }

    private Document filled(PageHead head, String baseUrl) {
        var document = shellDocument.shell().orElseThrow();
        document.title(head.title());
        var html = document.head();
        var url = baseUrl + head.canonicalPath();
        html.appendElement("meta").attr("name", "description").attr("content", head.description());
        if (head.status() == PageHead.GONE) {
            html.appendElement("meta").attr("name", "robots").attr("content", "noindex");
        }
        html.appendElement("link").attr("rel", "canonical").attr("href", url);
        html.appendElement("meta").attr("property", "og:type").attr("content", head.openGraphType());
        html.appendElement("meta").attr("property", "og:title").attr("content", head.title());
        html.appendElement("meta").attr("property", "og:description").attr("content", head.description());
        html.appendElement("meta").attr("property", "og:url").attr("content", url);
        head.openGraph().forEach(property ->
                html.appendElement("meta").attr("property", property.name()).attr("content", property.content()));
        var picture = head.picture();
        if (picture != null) {
            html.appendElement("meta").attr("property", "og:image").attr("content", baseUrl + picture.path());
            html.appendElement("meta").attr("property", "og:image:width").attr("content", String.valueOf(picture.width()));
            html.appendElement("meta").attr("property", "og:image:height").attr("content", String.valueOf(picture.height()));
            html.appendElement("meta").attr("property", "og:image:alt").attr("content", picture.alt());
        }
        // A page with a picture is previewed with it, large; the others as a summary.
        html.appendElement("meta").attr("name", "twitter:card")
                .attr("content", picture == null ? "summary" : "summary_large_image");
        html.appendElement("meta").attr("name", "twitter:title").attr("content", head.title());
        html.appendElement("meta").attr("name", "twitter:description").attr("content", head.description());
        if (picture != null) {
            html.appendElement("meta").attr("name", "twitter:image").attr("content", baseUrl + picture.path());
            html.appendElement("meta").attr("name", "twitter:image:alt").attr("content", picture.alt());
        }
        // Feed readers find a feed from any page: the site's, or that of the part of it the page lists.
        html.appendElement("link").attr("rel", "alternate").attr("type", "application/atom+xml")
                .attr("href", baseUrl + head.feedPath());
        html.appendElement("script").appendChild(new DataNode(StaticHtml.FIRST_RESPONSE_SCRIPT));
        var structuredData = structuredData(head, baseUrl);
        if (!structuredData.isEmpty()) {
            html.appendElement("script").attr("type", "application/ld+json")
                    .appendChild(new DataNode(JsonInHtml.escape(structuredData)));
        }
        return document;
    }

    /**
     * The page's own schema.org data (with its picture, if it has one) and its BreadcrumbList side by side (a
     * JSON-LD array), the addresses made whole here, where the site's address is known.
     */
    private static String structuredData(PageHead head, String baseUrl) {
        var pageData = withPicture(head, baseUrl);
        if (head.breadcrumbs().isEmpty()) {
            return pageData;
        }
        var items = JSON.createArrayBuilder();
        for (int i = 0; i < head.breadcrumbs().size(); i++) {
            var crumb = head.breadcrumbs().get(i);
            items.add(JSON.createObjectBuilder().add("@type", "ListItem").add("position", i + 1)
                    .add("name", crumb.name()).add("item", baseUrl + crumb.path()));
        }
        var breadcrumbs = JSON.createObjectBuilder().add("@context", "https://schema.org")
                .add("@type", "BreadcrumbList").add("itemListElement", items).build();
        if (pageData.isEmpty()) {
            return breadcrumbs.toString();
        }
        try (var reader = JSON.createReader(new StringReader(pageData))) {
            return JSON.createArrayBuilder().add(reader.readValue()).add(breadcrumbs).build().toString();
        }
    }

    private static String withPicture(PageHead head, String baseUrl) {
        if (head.picture() == null || head.structuredData().isEmpty()) {
            return head.structuredData();
        }
        try (var reader = JSON.createReader(new StringReader(head.structuredData()))) {
            return JSON.createObjectBuilder(reader.readObject())
                    .add("image", JSON.createArrayBuilder().add(baseUrl + head.picture().path()))
                    .build().toString();
        }
    }

    private static String etagOf(byte[] body) {
        return "\"" + EntityTags.of(body) + "\"";
    }

    // After the modules have forgotten their own copies (they observe at LIBRARY_BEFORE).
    void articlesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION)
            ArticlesChanged change) {
        generation.incrementAndGet();
    }

    void authorChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION)
            AuthorChanged change) {
        generation.incrementAndGet();
    }

    void speakerChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION)
            SpeakerChanged change) {
        generation.incrementAndGet();
    }

    void commentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.APPLICATION)
            CommentsChanged change) {
        generation.incrementAndGet();
    }
}
