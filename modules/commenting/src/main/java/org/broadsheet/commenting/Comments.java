package org.broadsheet.commenting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import org.broadsheet.shared.PlainText;

/**
 * Readers' side of commenting: reading is open to everyone; what a comment may do to others (liking, editing,
 * deleting) needs the reader's account.
 */
public interface Comments {

    /** How deep replies nest: a reply to a comment this deep answers it beside it, at the same depth. */
    int MAX_DEPTH = 3;

    /** How long a comment's writer may still correct it (the correction is marked). */
    Duration EDITABLE_FOR = Duration.ofMinutes(10);

    /**
     * Stores a reader's comment as the {@link HouseRules} decide: shown at once, waiting for an editor (saying why),
     * rejected for a banned word, or kept aside as spam; returns its id and which. Refused for an article that is
     * not published (nobody can comment on a draft) or whose comments are closed, and for a guest where only
     * signed-in readers may comment. Refused with {@link CommentRefusedException} when the same text was posted on
     * the article lately from the same address or under the same name, or when the address has posted many
     * comments in a short time.
     *
     * @param clientAddress where the comment came from, as {@link org.broadsheet.shared.ClientAddresses} reads
     *                      it from the request
     */
    PostedComment post(long articleId, @NotNull @Valid GuestComment comment, @NotBlank String clientAddress);

    /** A reply to a shown comment, on its article, under the same rules as {@link #post}. */
    PostedComment reply(long commentId, @NotNull @Valid GuestComment comment, @NotBlank String clientAddress);

    /** Who may comment on the article now: its own setting, else the site's, closed once the site's days run out. */
    Commenters whoMayComment(long articleId);

    /** The most threads or comments one call returns: a page is what a reader is shown, not the whole article. */
    int MAX_PAGE = 100;

    /**
     * A page of an article's threads in the reader's order, each with its first {@code repliesEach} replies; never
     * all of them at once. Comments taken down keep their place (see {@link PublishedComment}).
     */
    List<CommentThread> threadsOn(long articleId, @NotNull CommentOrder order, @PositiveOrZero int offset,
            @Positive @Max(MAX_PAGE) int limit, @PositiveOrZero @Max(MAX_PAGE) int repliesEach);

    long countThreads(long articleId);

    /** Replies in one thread of the article after the first {@code offset}, oldest first. */
    List<PublishedComment> repliesIn(long articleId, long threadId, @PositiveOrZero int offset,
            @Positive @Max(MAX_PAGE) int limit);

    /** How many replies a thread has, taken down ones included (they keep their place). */
    long repliesCount(long threadId);

    /** A page of the shown comments on an article, replies included, oldest first. */
    List<PublishedComment> approvedOn(long articleId, @PositiveOrZero int offset, @Positive @Max(MAX_PAGE) int limit);

    /** How many comments readers can read on the article, replies included. */
    long countApproved(long articleId);

    /** The comments editors picked on the article, in the order they were written. */
    List<PublishedComment> picksOn(long articleId);

    /** One shown comment, as readers see it (for a reply's "in answer to"). */
    PublishedComment shown(long commentId);

    /**
     * The signed-in reader likes the comment, once (liking it again changes nothing); returns how many like it, and
     * whether this like counted. Guests cannot like: a like that anyone can repeat counts nothing.
     */
    Liked like(long commentId);

    /**
     * A reader reports a shown comment to the moderators, once per reader (an account, or a guest's address).
     * Enough reports from different readers hide it until a moderator looks; returns whether this report counted.
     */
    boolean report(long commentId, @NotNull @Valid CommentReport report, @NotBlank String clientAddress);

    /**
     * The signed-in writer corrects their comment within {@link #EDITABLE_FOR} of posting it; marked as edited.
     * The house rules read it again: a banned word refuses the edit, a reason to hold it takes it back to the
     * moderators.
     */
    PostedComment edit(long commentId,
            @NotNull(message = GuestComment.EMPTY) @Pattern(regexp = PlainText.HAS_VISIBLE_CHARACTER, message = GuestComment.EMPTY)
            @Size(max = GuestComment.MAX_LENGTH, message = "Comments are limited to 5,000 characters") String body);

    /** The signed-in writer takes their comment down; its text is erased and "comment removed" keeps its place. */
    void delete(long commentId);

    /** What the signed-in reader wrote and liked on the article; {@link YourPart#NONE} for a guest. */
    YourPart yourPartIn(long articleId);

    /** The text of the signed-in reader's own comment, to correct it. */
    String yourText(long commentId);
}
