package org.broadsheet.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where a request came from, for the limits on what anonymous people may do. By default the connection's own
 * address: anyone can write an {@code X-Forwarded-For} header. Behind a proxy of our own (nginx in
 * {@code server-config/nginx}) every request comes from the proxy, so {@code broadsheet.client-address.forwarded-for}
 * then takes the last address in that header, the one our proxy added; addresses before it are the client's
 * own claims and are never used.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "broadsheet.client-address.forwarded-for", defaultValue = "false")
    boolean behindProxy;

    public ClientAddresses() {
    }

    /** For tests and code outside CDI. */
    public ClientAddresses(boolean behindProxy) {
        this.behindProxy = behindProxy;
    }

    /**
     * @param remoteAddress the connection's address ({@code getRemoteAddr()})
     * @param forwardedFor  the request's {@code X-Forwarded-For} header, or {@code null}
     */
    public String of(String remoteAddress, String forwardedFor) {
        if (behindProxy && forwardedFor != null && !forwardedFor.isBlank()) {
            var hops = forwardedFor.split(",");
            var last = hops[hops.length - 1].strip();
            if (!last.isEmpty()) {
                return bounded(last);
            }
        }
        return remoteAddress == null ? "unknown" : bounded(remoteAddress);
    }

    /** An address is at most 45 characters (IPv6 with IPv4); a longer header is someone's invention. */
    private static String bounded(String address) {
        return address.length() <= 45 ? address : address.substring(0, 45);
    }
}
