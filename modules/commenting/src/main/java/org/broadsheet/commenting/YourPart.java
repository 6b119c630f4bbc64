package org.broadsheet.commenting;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * A signed-in reader's part in an article's comments: the shown comments they wrote (with the moment each stops
 * being editable, which may have passed) and those they liked. Empty for a guest.
 */
public record YourPart(Map<Long, Instant> written, Set<Long> liked) {

    public static final YourPart NONE = new YourPart(Map.of(), Set.of());

    public YourPart {
        written = Map.copyOf(written);
        liked = Set.copyOf(liked);
    }
}
