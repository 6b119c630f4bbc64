package org.broadsheet.shared;

/**
 * Text a person typed, as a JPQL {@code like ... escape '\'} pattern for "starts with": their own %, _ and \
 * match only themselves, so typing "50%" finds "50% off" and not everything beginning with 50.
 */
public final class LikeStart {

    private LikeStart() {
    }

    public static String of(String start) {
        return start.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
