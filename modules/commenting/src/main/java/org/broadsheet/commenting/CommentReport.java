package org.broadsheet.commenting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.broadsheet.shared.PlainText;

/** A reader's report of a comment: a reason, and a few words for the moderator if they like. */
public record CommentReport(@NotNull(message = "Please choose a reason") ReportReason reason,
        @Size(max = 500, message = "Keep your note under 500 characters") String note) {

    public CommentReport {
        note = note == null ? "" : PlainText.clean(note).strip();
    }
}
