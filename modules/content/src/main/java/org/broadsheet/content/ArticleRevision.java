package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * One saved state of an article's text, as the revision history lists it (not its text). {@code number} counts
 * from 1 per article; {@code changed} names what differs from the revision before ("headline", "standfirst",
 * "slug", "body"), empty for the first; {@code restoredFrom} is the revision whose text this one brought back, or
 * null. {@code savedBy} is the editor's display name.
 */
public record ArticleRevision(int number, Instant savedAt, String savedBy, List<String> changed, Integer restoredFrom) {

    public ArticleRevision {
        changed = List.copyOf(changed);
    }
}
