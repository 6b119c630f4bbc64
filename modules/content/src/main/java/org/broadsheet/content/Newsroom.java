package org.broadsheet.content;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.broadsheet.shared.PlainText;

/**
 * What the newsroom's staff do with articles. Every operation needs a staff role; what each may do to an article
 * depends on that role and on whether their name is on its byline: contributors write and send for review their
 * own drafts, authors also publish their own, editors and admins do anything to any article (others get
 * {@link jakarta.ejb.EJBAccessException}, as for a role they lack). When two people change the
 * same article at once, the one who loses gets {@link ArticleChangedMeanwhileException} (or
 * {@link ArticleStateException} if the other's change already makes theirs pointless), never a raw
 * persistence error.
 */
public interface Newsroom {

    ArticleDraft open(long articleId);

    /** What the caller may do with the article ({@code null}: a new one), for the form to offer only that. */
    ArticleRights rights(Long articleId);

    /** Creates or updates an article and returns its id; refuses a stale version and a slug in use. */
    long save(@NotNull @Valid ArticleDraft draft);

    /** Refuses an article already published, and a change someone else's decision overtook. */
    void publish(long articleId);

    /**
     * Saves the editor's version and publishes it, in one transaction: a stale version or a slug in use
     * refuses both, so readers never see anything but what the editor sent. Returns the article's id.
     */
    long publish(@NotNull @Valid ArticleDraft draft);

    void unpublish(long articleId);

    /** Saves the editor's version and hands it to review (only a draft can go). Returns the article's id. */
    long submitForReview(@NotNull @Valid ArticleDraft draft);

    /**
     * Saves the editor's version and sets the time it goes out by itself (in the future; a scheduled article
     * may be moved). The site publishes it within a minute of that time, once, whichever server instance
     * notices first, and also when the time passed while the site was down. Returns the article's id.
     */
    long schedule(@NotNull @Valid ArticleDraft draft, @NotNull Instant at);

    /** Takes an article out of review or off the schedule: a draft again. */
    void returnToDraft(long articleId);

    /**
     * Appends a dated correction or update to a published article (its "updated" time changes with it).
     * Returns the note's id.
     */
    long addNote(long articleId, @NotNull EditorsNote.Kind kind,
            @NotBlank(message = EditorsNote.TEXT_BLANK) @Pattern(regexp = PlainText.HAS_VISIBLE_CHARACTER,
                    message = EditorsNote.TEXT_BLANK)
            @Size(max = EditorsNote.MAX_LENGTH, message = EditorsNote.TEXT_TOO_LONG) String text);

    /** Changes a note's wording; the wording it replaces stays on the record, and readers see it was amended. */
    void amendNote(long articleId, long noteId,
            @NotBlank(message = EditorsNote.TEXT_BLANK) @Pattern(regexp = PlainText.HAS_VISIBLE_CHARACTER,
                    message = EditorsNote.TEXT_BLANK)
            @Size(max = EditorsNote.MAX_LENGTH, message = EditorsNote.TEXT_TOO_LONG) String text);

    /** An article's notes with every earlier wording, oldest note first. */
    List<EditorsNote> notes(long articleId);

    /** A page of all articles, drafts included, in the given order (newest change first when empty). */
    List<ArticleRow> articles(int offset, int limit, List<ArticleOrder> order);

    long countArticles();

    /**
     * The article's revisions, newest first, at most {@code limit}: one per save that changed its text (headline,
     * standfirst, slug or body), with who saved it and what changed.
     */
    List<ArticleRevision> revisions(long articleId, int limit);

    /** What changed from revision {@code from} to revision {@code to} (either may be the older). */
    RevisionComparison compare(long articleId, int from, int to);

    /**
     * Brings back the text of revision {@code number} as a new revision; status, section and topics stay as they
     * are. {@code version} is the article's version the editor saw, as for a save.
     *
     * @throws ArticleChangedMeanwhileException when someone saved the article since
     */
    long restore(long articleId, int number, long version);

    List<TopicRef> topics();

    /**
     * Speakers whose name starts with {@code nameStart} (any case), by name, a page at a time: what the editor
     * offers as a speaker's name is typed. Made when first quoted in a body ("— Name, Role").
     */
    List<SpeakerProfile> speakers(String nameStart, int offset, int limit);

    /**
     * Says who a speaker is now and, optionally, where to read more about them; their page shows both from then on.
     * Each quote keeps the role it had. Returns the speaker as the newsroom now knows them.
     */
    SpeakerProfile describeSpeaker(@NotBlank String slug,
            @NotBlank(message = SpeakerProfile.DESCRIPTION_BLANK)
            @Size(max = MarkdownBody.Quote.MAX_ROLE, message = "Keep the description shorter") String description,
            @Size(max = 500, message = "That address is too long")
            @Pattern(regexp = SpeakerProfile.LINK_PATTERN, message = SpeakerProfile.LINK_REFUSED) String link);

    /**
     * Adds a topic, or returns the one already called that (ignoring case and spacing). Two different names
     * never share a topic, even when they spell the same slug or none at all.
     */
    TopicRef addTopic(@NotBlank(message = TopicRef.NAME_BLANK)
            @Size(max = TopicRef.MAX_NAME_LENGTH, message = TopicRef.NAME_TOO_LONG) String name);
}
