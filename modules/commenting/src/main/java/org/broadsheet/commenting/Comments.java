package org.broadsheet.commenting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Readers' side of commenting: open to everyone. */
public interface Comments {

    /**
     * Stores a reader's comment as pending moderation and returns its id. Refused for an article that is
     * not published: nobody can comment on a draft.
     */
    long post(long articleId, @NotNull @Valid GuestComment comment);

    /** A page of the approved comments on an article, oldest first; never all of them at once. */
    List<PublishedComment> approvedOn(long articleId, int offset, int limit);

    long countApproved(long articleId);
}
