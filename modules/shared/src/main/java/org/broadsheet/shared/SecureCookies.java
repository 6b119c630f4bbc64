package org.broadsheet.shared;

import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Whether the site's cookies (the session's, a remembered sign-in's) are marked {@code Secure}. The server marks
 * a cookie secure by itself on a request it received over TLS; behind a proxy that ends TLS it cannot tell, so
 * this follows the site's public address ({@code broadsheet.public-url} starting with {@code https:}) unless
 * {@code broadsheet.session-cookie.secure} says otherwise.
 */
public final class SecureCookies {

    private SecureCookies() {
    }

    public static boolean wanted() {
        var config = ConfigProvider.getConfig();
        return wanted(config.getOptionalValue("broadsheet.session-cookie.secure", Boolean.class),
                config.getOptionalValue("broadsheet.public-url", String.class));
    }

    public static boolean wanted(Optional<Boolean> configured, Optional<String> publicUrl) {
        return configured.orElseGet(() -> publicUrl.map(url -> url.regionMatches(true, 0, "https:", 0, 6)).orElse(false));
    }
}
