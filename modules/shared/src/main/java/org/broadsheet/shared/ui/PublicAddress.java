package org.broadsheet.shared.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The site's public address, for links that leave the page: canonical URLs, feeds, sitemaps. Behind a proxy the
 * request's own address is the proxy's view of the server, so {@code broadsheet.public-url} (e.g.
 * {@code https://news.example.org}) wins when set.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "broadsheet.public-url")
    Optional<String> publicUrl;

    /** The site's root, ending in "/". */
    public String baseUrl(HttpServletRequest request) {
        return publicUrl.map(url -> url.endsWith("/") ? url : url + "/").orElseGet(() -> requestBase(request));
    }

    private static String requestBase(HttpServletRequest request) {
        var scheme = request.getScheme();
        var port = request.getServerPort();
        var defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath() + "/";
    }
}
