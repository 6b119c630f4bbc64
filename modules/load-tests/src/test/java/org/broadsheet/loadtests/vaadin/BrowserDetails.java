package org.broadsheet.loadtests.vaadin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The query of the {@code ?v-r=init} request: where the page is, then what Flow's client reports about the
 * browser (a 1280x720 desktop Chromium in UTC, as captured). Only the clock and the window name change per
 * visitor, so the rest is encoded once.
 */
public final class BrowserDetails {

    private static final String NOW = "{now}";
    private static final String WINDOW = "{window}";
    private static final String SCREEN = encoded(screen());

    private BrowserDetails() {
    }

    public static String initQuery(String location, String query) {
        return "?v-r=init&location=" + component(location) + "&query=" + component(query) + SCREEN
                .replace(NOW, String.valueOf(System.currentTimeMillis()))
                .replace(WINDOW, component("v-" + ThreadLocalRandom.current().nextDouble()));
    }

    /** In the order Flow's client sends them. */
    private static Map<String, Object> screen() {
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("v-sh", 720);
        parameters.put("v-sw", 1280);
        parameters.put("v-wh", 720);
        parameters.put("v-ww", 1280);
        parameters.put("v-bh", 720);
        parameters.put("v-bw", 1280);
        parameters.put("v-curdate", NOW);
        parameters.put("v-tzo", 0);
        parameters.put("v-dstd", 0);
        parameters.put("v-rtzo", 0);
        parameters.put("v-dston", false);
        parameters.put("v-tzid", "UTC");
        parameters.put("v-wn", WINDOW);
        parameters.put("v-td", false);
        parameters.put("v-pr", 1);
        parameters.put("v-np", "Linux x86_64");
        parameters.put("v-cs", "light");
        parameters.put("v-pv", "VISIBLE");
        parameters.put("v-fs", "NOT_FULLSCREEN");
        parameters.put("v-so", "landscape-primary");
        parameters.put("v-soa", 0);
        parameters.put("v-tn", "lumo");
        parameters.put("v-ga", "PROMPT");
        parameters.put("v-wla", "SUPPORTED");
        parameters.put("v-ws", false);
        return parameters;
    }

    private static String encoded(Map<String, Object> parameters) {
        var out = new StringBuilder();
        parameters.forEach((name, value) -> {
            var text = String.valueOf(value);
            var placeholder = text.equals(NOW) || text.equals(WINDOW);
            out.append('&').append(name).append('=').append(placeholder ? text : component(text));
        });
        return out.toString();
    }

    /** Like the browser's encodeURIComponent: a space is %20, not +. */
    private static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
