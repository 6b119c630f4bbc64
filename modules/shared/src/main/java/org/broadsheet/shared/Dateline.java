package org.broadsheet.shared;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How dates read on the site: "27 November 2026" under a headline, "27 Nov 2026, 18:49" beside a comment.
 * One place, so every page prints time alike. Times are shown in UTC until the site has a time-zone setting.
 */
public final class Dateline {

    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).withZone(ZONE);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZONE);

    private Dateline() {
    }

    public static String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    public static String minute(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }
}
