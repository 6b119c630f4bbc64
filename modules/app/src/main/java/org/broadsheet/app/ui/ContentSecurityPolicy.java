package org.broadsheet.app.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.broadsheet.shared.ui.StaticHtml;

/**
 * What a page may load and run, as strict as Vaadin 25 in production mode allows (measured in Chromium by
 * {@code ContentSecurityPolicyIT}). Inline scripts run only if they are the ones the site writes itself,
 * named by their hashes: Vaadin's few bootstrap lines in its app shell and the first response's take-over
 * script; markup that slipped into a page can run nothing. Vaadin's client still needs
 * {@code 'unsafe-eval'} (it runs the server's {@code executeJs} calls as functions) and inline styles (its
 * shell has style elements and its components set style attributes). The back office and the sign-in page
 * may not be framed at all; reading pages only by the site itself.
 */
@ApplicationScoped
class ContentSecurityPolicy {

    @Inject
    ShellDocument shellDocument;

    private volatile String scriptSources;
    /** The two finished policies (framing allowed, framing forbidden), kept once complete: every response sends one. */
    private volatile String[] finished;

    /** Whether the policy for pages is final: the hashes of Vaadin's inline scripts are known. */
    boolean isComplete() {
        return shellDocument.isCaptured();
    }

    /** The policy for a response to {@code path} (inside the site, with a leading slash). */
    String forPath(String path) {
        var framingForbidden = isFramingForbidden(path);
        var policies = finished;
        if (policies != null) {
            return policies[framingForbidden ? 1 : 0];
        }
        var sources = scriptSources();
        if (isComplete()) {
            finished = new String[] {of(sources, false), of(sources, true)};
        }
        return of(sources, framingForbidden);
    }

    static boolean isFramingForbidden(String path) {
        return path.equals("/admin") || path.startsWith("/admin/") || path.equals("/login");
    }

    static String of(String scriptSources, boolean framingForbidden) {
        return String.join("; ",
                "default-src 'self'",
                "script-src " + scriptSources,
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: https:",
                "font-src 'self' data:",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                "form-action 'self'",
                "frame-ancestors " + (framingForbidden ? "'none'" : "'self'"));
    }

    private String scriptSources() {
        var sources = scriptSources;
        if (sources != null) {
            return sources;
        }
        var allowed = new ArrayList<>(List.of("'self'", "'unsafe-eval'", hashOf(StaticHtml.FIRST_RESPONSE_SCRIPT)));
        shellDocument.inlineScripts().stream().map(ContentSecurityPolicy::hashOf).forEach(allowed::add);
        sources = String.join(" ", allowed);
        if (shellDocument.isCaptured()) {
            scriptSources = sources;
        }
        return sources;
    }

    static String hashOf(String script) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
