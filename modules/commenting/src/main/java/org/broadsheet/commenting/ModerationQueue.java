package org.broadsheet.commenting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The editors' side of commenting. Every operation needs the editor or admin role. */
public interface ModerationQueue {

    /** The most comments one page of a tab holds. */
    int MAX_PAGE = 500;

    /** A page of one tab, in its order (see {@link QueueTab}), each comment with its context. */
    List<QueuedComment> inTab(@NotNull QueueTab tab, @PositiveOrZero int offset, @Positive @Max(MAX_PAGE) int limit);

    long count(@NotNull QueueTab tab);

    /**
     * The comment after (or before) this one in the tab's order, found by its place rather than by reading the tab
     * from the start: a moderator stepping through twenty thousand waiting comments waits no longer at the last.
     */
    Optional<QueuedComment> beside(@NotNull QueueTab tab, long commentId, boolean after);

    /** The commenter's latest comments, newest first: by account, or for a guest by address. */
    List<QueuedComment> historyOf(long commentId, @Positive @Max(MAX_PAGE) int limit);

    /**
     * Shows the comment to readers. A comment is moderated once: if another decision came first, even at
     * the same moment, this one is refused with {@link CommentAlreadyModeratedException}.
     */
    void approve(long commentId);

    /** Keeps the comment from readers for good; refused like {@link #approve} if it was decided already. */
    void reject(long commentId);

    /** Keeps the comment from readers as spam; refused like {@link #approve} if it was decided already. */
    void markSpam(long commentId);

    /**
     * Decides many pending comments at once, in batches each committed on its own (a thousand or a hundred
     * thousand take no transaction longer than one batch); comments decided meanwhile are left as they are.
     * Returns how many this decided.
     */
    int decideAll(@NotNull @Size(max = 100_000) List<Long> commentIds, @NotNull Decision decision);

    /**
     * Decides every comment pending since before {@code postedBefore} (what the moderator was shown), on one article
     * or ({@code articleId} null) on all, in batches as {@link #decideAll}. Returns how many this decided.
     */
    int decideAllPending(@NotNull Decision decision, @NotNull Instant postedBefore, Long articleId);

    /** The reports are heard and the comment stays (shown again if they hid it); reports from now on do not hide it. */
    void keep(long commentId);

    /** Takes a shown comment down: "removed by a moderator" keeps its place in the thread. */
    void remove(long commentId);

    /** Marks a shown comment as an editors' pick, or no longer. */
    void pick(long commentId, boolean picked);
}
