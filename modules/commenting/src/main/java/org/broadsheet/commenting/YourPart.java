package org.broadsheet.commenting;

import java.time.Instant;
import java.util.Map;

/**
 * A signed-in reader's part in an article's comments: the shown comments they wrote (with the moment each stops
 * being editable, which may have passed) and those they liked, with how many like each now (a page of comments
 * shared by all readers may be a few seconds older than their own like). Empty for a guest.
 */
public record YourPart(Map<Long, Instant> written, Map<Long, Integer> liked) {

    public static final YourPart NONE = new YourPart(Map.of(), Map.of());

    public YourPart {
        written = Map.copyOf(written);
        liked = Map.copyOf(liked);
    }
}
