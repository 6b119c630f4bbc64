package org.broadsheet.loadtests;

import java.time.Duration;
import java.util.Optional;

/**
 * What a run is asked to do, read from system properties (Maven passes {@code -Dname=value} on to the
 * Gatling process). Each simulation supplies its own defaults, so one command line works for all of them.
 */
public record RunSettings(
        Optional<String> baseUrl,
        int connections,
        Duration warmUp,
        Duration duration,
        boolean beacon,
        Article article,
        String heap,
        Optional<String> ports,
        String editorUser,
        String editorPassword) {

    /** The article every reader opens, and the words that prove its page is complete. */
    public record Article(String slug, String headline, String quote, String comment) {

        public String path() {
            return "articles/" + slug;
        }
    }

    /** The demo article seeded on first start ("Park Ji-won" is quoted; "Min-jun"'s comment is approved). */
    static final Article DEMO_ARTICLE = new Article(
            "seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note",
            "Seoul and Tokyo Promise a Thaw, and the Region Takes Note",
            "Park Ji-won",
            "Min-jun");

    /** The editor's password on a server this module starts; a running server needs -DeditorPassword. */
    public static final String LAUNCHED_EDITOR_PASSWORD = "editor-password-for-load-tests";

    /**
     * A server this module starts has a cold JIT: on two shared cores it served 30 % of its warm rate after
     * 30 s of load and was still speeding up minutes later. A minute of uncounted load is the default compromise;
     * figures to hold against the targets want a warm server (-DbaseUrl) or a longer -Dwarmup.
     */
    static final Duration FRESH_SERVER_WARM_UP = Duration.ofSeconds(60);

    /**
     * @param warmUp the warm-up on a running (warm) server; a server this module starts gets at least
     *               {@link #FRESH_SERVER_WARM_UP} unless -Dwarmup says otherwise
     */
    static RunSettings read(int connections, Duration warmUp, Duration duration, boolean beacon) {
        var baseUrl = optional("baseUrl").map(url -> url.endsWith("/") ? url : url + "/");
        var defaultWarmUp = baseUrl.isPresent() || warmUp.compareTo(FRESH_SERVER_WARM_UP) > 0 ? warmUp : FRESH_SERVER_WARM_UP;
        var article = new Article(
                text("article", DEMO_ARTICLE.slug()),
                text("headline", DEMO_ARTICLE.headline()),
                text("quote", DEMO_ARTICLE.quote()),
                text("comment", DEMO_ARTICLE.comment()));
        return new RunSettings(
                baseUrl,
                Integer.getInteger("connections", connections),
                Duration.ofSeconds(Long.getLong("warmup", defaultWarmUp.toSeconds())),
                Duration.ofSeconds(Long.getLong("duration", duration.toSeconds())),
                Boolean.parseBoolean(text("beacon", String.valueOf(beacon))),
                article,
                text("heap", "768m"),
                optional("ports"),
                text("editorUser", "editor"),
                optional("editorPassword")
                        .or(() -> Optional.ofNullable(System.getenv("BROADSHEET_EDITOR_PASSWORD")))
                        .orElse(LAUNCHED_EDITOR_PASSWORD));
    }

    public Duration total() {
        return warmUp.plus(duration);
    }

    private static String text(String name, String fallback) {
        return optional(name).orElse(fallback);
    }

    /** Maven hands an unset property on as an empty string: treat it as absent. */
    private static Optional<String> optional(String name) {
        return Optional.ofNullable(System.getProperty(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
