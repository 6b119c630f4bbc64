package org.broadsheet.app.testenv;

import java.net.URI;

/** A running Broadsheet that browser tests visit: any of the servers the WAR is tested on. */
public interface Site {

    /** The address of {@code path} (no leading slash) on this site. */
    String url(String path);

    default URI uri(String path) {
        return URI.create(url(path));
    }

    /** Where the server answers MicroProfile Health readiness (on WildFly: its management port). */
    URI readiness();
}
