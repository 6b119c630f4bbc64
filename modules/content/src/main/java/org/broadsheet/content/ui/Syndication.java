package org.broadsheet.content.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Site;
import org.broadsheet.shared.ui.PublicAddress;

/**
 * What feeds and sitemaps share: what they list (published articles only), the site's name and public address,
 * and how they answer: public, briefly cacheable by proxies, validated by the newest change (304 when the
 * reader's copy is as new), no session, bodies in UTF-8.
 */
@ApplicationScoped
class Syndication {

    private static final String CACHE = "public, max-age=60, s-maxage=60";

    @Inject
    PublishedArticles articles;

    @Inject
    Site site;

    @Inject
    PublicAddress address;

    PublishedArticles articles() {
        return articles;
    }

    String siteName() {
        return site.name();
    }

    String baseUrl(HttpServletRequest request) {
        return address.baseUrl(request);
    }

    /** True when the client's copy is current: the answer (304) is then complete. */
    static boolean notModified(HttpServletRequest request, HttpServletResponse response, Instant lastModified) {
        var seconds = lastModified.truncatedTo(ChronoUnit.SECONDS);
        var tag = "\"" + Long.toString(seconds.getEpochSecond(), 36) + "\"";
        response.setHeader("Cache-Control", CACHE);
        response.setHeader("ETag", tag);
        response.setDateHeader("Last-Modified", seconds.toEpochMilli());
        var ifNoneMatch = request.getHeader("If-None-Match");
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException unreadable) {
            ifModifiedSince = -1;
        }
        var current = ifNoneMatch != null ? ifNoneMatch.contains(tag)
                : ifModifiedSince >= 0 && ifModifiedSince >= seconds.toEpochMilli();
        if (current) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        }
        return current;
    }

    static void send(HttpServletRequest request, HttpServletResponse response, String contentType, String body)
            throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(contentType + ";charset=utf-8");
        response.setContentLength(bytes.length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(bytes);
        }
    }
}
