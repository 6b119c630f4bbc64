package org.broadsheet.content;

import java.time.Instant;
import java.util.List;

/**
 * A dated correction or update an editor appended to a published article, shown to readers at its end. A note
 * is never edited away silently: each change keeps the wording it replaced ({@code amendments}, oldest first)
 * and readers see that it was amended and when. Readers' copies carry no amendments, only {@code amendedAt}.
 */
public record EditorsNote(Long id, Kind kind, String text, Instant notedAt, Instant amendedAt, List<Amendment> amendments) {

    public static final int MAX_LENGTH = 2_000;
    public static final String TEXT_BLANK = "Write what was corrected or updated";
    public static final String TEXT_TOO_LONG = "Keep a note under " + MAX_LENGTH + " characters";

    public EditorsNote {
        amendments = List.copyOf(amendments);
    }

    public enum Kind {
        CORRECTION("Correction"),
        UPDATE("Update");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The wording a change replaced, when and by whom. */
    public record Amendment(String previousText, Instant replacedAt, String replacedBy) {
    }
}
