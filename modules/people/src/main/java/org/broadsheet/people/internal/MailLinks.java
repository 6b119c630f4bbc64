package org.broadsheet.people.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.logging.Logger;
import org.broadsheet.people.MailLinksUnavailableException;
import org.broadsheet.people.RequestOrigin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where links in mail lead: the configured public address ({@code broadsheet.public-url}); without one, the
 * address the request named, but only when it is this machine (a developer's laptop). Anything else could be a
 * Host header an attacker chose, to receive someone's reset link: no mail goes out and the log says what to set.
 */
@ApplicationScoped
class MailLinks {

    private static final Logger LOG = Logger.getLogger(MailLinks.class.getName());

    @Inject
    @ConfigProperty(name = "broadsheet.public-url")
    Optional<String> publicUrl;

    /** The site's root for links, ending in "/". */
    String base(RequestOrigin origin) {
        if (publicUrl.isPresent() && !publicUrl.get().isBlank()) {
            return withSlash(publicUrl.get());
        }
        try {
            var host = new URI(origin.siteAddress()).getHost();
            if ("localhost".equals(host) || "127.0.0.1".equals(host) || "[::1]".equals(host)) {
                return withSlash(origin.siteAddress());
            }
        } catch (URISyntaxException | NullPointerException unusable) {
            // Falls through to the refusal below.
        }
        LOG.severe("A mail with a link was refused: set broadsheet.public-url to the site's public address (the"
                + " request named " + origin.siteAddress() + ", which links in mail never trust).");
        throw new MailLinksUnavailableException();
    }

    private static String withSlash(String address) {
        return address.endsWith("/") ? address : address + "/";
    }
}
