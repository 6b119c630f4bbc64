package org.broadsheet.commenting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** Readers' side of commenting: open to everyone. */
public interface Comments {

    /**
     * Stores a reader's comment as the {@link HouseRules} decide: shown at once, waiting for an editor (saying why),
     * rejected for a banned word, or kept aside as spam; returns its id and which. Refused for an article that is
     * not published: nobody can comment on a draft. Refused with {@link CommentRefusedException} when the
     * same text was posted on the article lately from the same address or under the same name, or when the
     * address has posted many comments in a short time.
     *
     * @param clientAddress where the comment came from, as {@link org.broadsheet.shared.ClientAddresses} reads
     *                      it from the request
     */
    PostedComment post(long articleId, @NotNull @Valid GuestComment comment, @NotBlank String clientAddress);

    /** The most comments one call returns: a page is what a reader is shown, not the whole thread. */
    int MAX_PAGE = 100;

    /** A page of the approved comments on an article, oldest first; never all of them at once. */
    List<PublishedComment> approvedOn(long articleId, @PositiveOrZero int offset, @Positive @Max(MAX_PAGE) int limit);

    long countApproved(long articleId);
}
