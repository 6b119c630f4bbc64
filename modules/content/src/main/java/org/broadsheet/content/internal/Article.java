package org.broadsheet.content.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.EditorsNote;
import org.broadsheet.content.Hero;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.SectionRef;
import org.broadsheet.content.TopicRef;

/**
 * A piece of journalism: headline, standfirst, Markdown body and its topics. The body is rendered to
 * sanitized HTML when it is written, not on every read, because reading is the hot path.
 */
@Entity
@Table(name = "article")
public class Article {

    @Id
    @SequenceGenerator(name = "article_seq", sequenceName = "article_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_seq")
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = 80)
    private String slug;

    @Column(nullable = false, length = ArticleDraft.MAX_HEADLINE)
    private String headline;

    @Column(nullable = false, length = 400)
    private String standfirst;

    @Column(name = "body_markdown", nullable = false)
    private String bodyMarkdown;

    @Column(name = "body_html", nullable = false)
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ArticleStatus status = ArticleStatus.DRAFT;

    /** The account whose byline the article carries (people module, by id). */
    @Column(name = "author_id", nullable = false)
    private long authorId;

    /** Who wrote it with the lead author, in the order the byline names them (people module, by id). */
    @ElementCollection
    @CollectionTable(name = "article_co_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "account_id", nullable = false)
    private List<Long> coAuthorIds = new ArrayList<>();

    @ManyToOne(optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private Section section;

    @ManyToMany
    @JoinTable(name = "article_topic",
            joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    private Set<Topic> topics = new HashSet<>();

    /**
     * Every address the article had while readers could have seen it (it had been published), so links
     * shared before a change of slug still lead here. Unique across articles: an old address never changes
     * hands.
     */
    @ElementCollection
    @CollectionTable(name = "article_former_slug", joinColumns = @JoinColumn(name = "article_id"))
    @Column(name = "slug", nullable = false, length = 80)
    private Set<String> formerSlugs = new HashSet<>();

    /** Corrections and updates, in the order they were made; readers see them at the article's end. */
    @OneToMany(cascade = CascadeType.ALL)
    @JoinColumn(name = "article_id", nullable = false)
    @OrderBy("notedAt, id")
    private List<Note> notes = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    /** The picture the article opens with, if any, and what is printed with it (see {@link Hero}). */
    @ManyToOne
    @JoinColumn(name = "hero_image_id")
    private StoredPicture heroPicture;

    @Column(name = "hero_alt", length = 250)
    private String heroAlt;

    @Column(name = "hero_caption", length = 300)
    private String heroCaption;

    @Column(name = "hero_credit", length = 120)
    private String heroCredit;

    /** When a {@link ArticleStatus#SCHEDULED} article goes out; empty in every other status. */
    @Column(name = "scheduled_for")
    private OffsetDateTime scheduledFor;

    protected Article() {
    }

    Article(long authorId, Instant now) {
        this.authorId = authorId;
        this.createdAt = utc(now);
        this.updatedAt = utc(now);
    }

    /** Takes the editor's text; the status does not change, so a published article stays published. */
    void revise(ArticleDraft draft, Section newSection, Set<Topic> newTopics, Instant now) {
        revise(draft, newSection, newTopics, speaker -> Optional.empty(), now);
    }

    /** As above, each quoted speaker linked to the page {@code speakerPage} gives for their name. */
    void revise(ArticleDraft draft, Section newSection, Set<Topic> newTopics,
            Function<String, Optional<String>> speakerPage, Instant now) {
        headline = draft.headline().strip();
        standfirst = draft.standfirst().strip();
        moveTo(draft.slug());
        bodyMarkdown = draft.body();
        bodyHtml = MarkdownBody.toHtml(draft.body(), speakerPage);
        if (draft.authorId() != null) {
            authorId = draft.authorId();
        }
        // Each person once, and the lead author only as the lead.
        coAuthorIds = new ArrayList<>(draft.coAuthorIds().stream().distinct().filter(id -> id != authorId).toList());
        section = newSection;
        topics = new HashSet<>(newTopics);
        updatedAt = utc(now);
    }

    /** Opens the article with {@code picture}, described, captioned and credited as {@code hero} says; null: none. */
    void illustrate(StoredPicture picture, Hero hero) {
        heroPicture = hero == null ? null : picture;
        heroAlt = hero == null ? null : hero.alt();
        heroCaption = hero == null ? null : hero.caption();
        heroCredit = hero == null ? null : hero.credit();
    }

    Optional<Hero> hero() {
        return heroPicture == null ? Optional.empty()
                : Optional.of(new Hero(heroPicture.picture(), heroAlt, heroCaption, heroCredit));
    }

    /**
     * A slug readers may have seen is kept as a former address; a draft's is not, since nobody can have
     * shared it. Going back to a former address makes it current again.
     */
    private void moveTo(String newSlug) {
        if (slug != null && !slug.equals(newSlug) && publishedAt != null) {
            formerSlugs.add(slug);
        }
        formerSlugs.remove(newSlug);
        slug = newSlug;
    }

    /**
     * Puts the article in front of readers, now, whatever stage it had reached (an editor may publish a draft
     * at once, or a scheduled article early). The first publication date is kept when an article is taken
     * down and put back, because readers and search engines already know it by that date.
     */
    void publish(Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new ArticleStateException("“" + headline + "” is already published.");
        }
        status = ArticleStatus.PUBLISHED;
        scheduledFor = null;
        if (publishedAt == null) {
            publishedAt = utc(now);
        }
        updatedAt = utc(now);
    }

    /** Hands a draft to the editors who review it; the text stays editable meanwhile. */
    void submitForReview(Instant now) {
        if (status != ArticleStatus.DRAFT) {
            throw new ArticleStateException("Only a draft can be sent for review; “" + headline + "” is "
                    + status.label().toLowerCase(Locale.ROOT) + ".");
        }
        status = ArticleStatus.IN_REVIEW;
        updatedAt = utc(now);
    }

    /**
     * Sets the time the article goes out by itself. A scheduled article can be moved to another time; a
     * published one cannot be scheduled (unpublish it first), and the time must still be ahead.
     */
    void schedule(Instant at, Instant now) {
        if (status == ArticleStatus.PUBLISHED) {
            throw new ArticleStateException("“" + headline + "” is already published.");
        }
        if (!at.isAfter(now)) {
            throw new ArticleStateException("Choose a publication time in the future.");
        }
        status = ArticleStatus.SCHEDULED;
        scheduledFor = utc(at);
        updatedAt = utc(now);
    }

    /** Whether the scheduler should publish it at {@code now}. */
    boolean isDueAt(Instant now) {
        return status == ArticleStatus.SCHEDULED && !scheduledFor.toInstant().isAfter(now);
    }

    /** Takes an article out of review or off the schedule: it is a draft again, going nowhere by itself. */
    void returnToDraft(Instant now) {
        if (status != ArticleStatus.IN_REVIEW && status != ArticleStatus.SCHEDULED) {
            throw new ArticleStateException("“" + headline + "” is neither in review nor scheduled.");
        }
        status = ArticleStatus.DRAFT;
        scheduledFor = null;
        updatedAt = utc(now);
    }

    /**
     * Appends a dated correction or update. Only readers' articles get them (a draft is simply fixed), and the
     * article counts as changed then, for readers, feeds and search engines alike.
     */
    Note addNote(EditorsNote.Kind kind, String text, String editor, Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new ArticleStateException("Corrections and updates go on published articles; “" + headline
                    + "” is not published, so correct its text instead.");
        }
        var note = new Note(kind, text, editor, now);
        notes.add(note);
        updatedAt = utc(now);
        return note;
    }

    void amendNote(long noteId, String text, String editor, Instant now) {
        var note = notes.stream().filter(each -> Long.valueOf(noteId).equals(each.id())).findFirst()
                .orElseThrow(() -> new ArticleStateException("That note is not on “" + headline + "”."));
        note.amend(text, editor, now);
        updatedAt = utc(now);
    }

    List<Note> notes() {
        return List.copyOf(notes);
    }

    void unpublish(Instant now) {
        if (status != ArticleStatus.PUBLISHED) {
            throw new ArticleStateException("“" + headline + "” is not published.");
        }
        status = ArticleStatus.DRAFT;
        updatedAt = utc(now);
    }

    boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    ArticleDraft draft() {
        var topicSlugs = new HashSet<String>();
        topics.forEach(topic -> topicSlugs.add(topic.slug()));
        return new ArticleDraft(id, version, headline, standfirst, slug, bodyMarkdown, topicSlugs, authorId, status,
                scheduledFor == null ? null : scheduledFor.toInstant(), section.slug(), hero().orElse(null),
                coAuthorIds);
    }

    Section section() {
        return section;
    }

    SectionRef sectionRef() {
        return section.ref();
    }

    List<TopicRef> topicRefs() {
        return topics.stream().map(Topic::ref).sorted(Comparator.comparing(TopicRef::name)).toList();
    }

    Long id() {
        return id;
    }

    long version() {
        return version;
    }

    String slug() {
        return slug;
    }

    Set<String> formerSlugs() {
        return Set.copyOf(formerSlugs);
    }

    String headline() {
        return headline;
    }

    String standfirst() {
        return standfirst;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    String bodyMarkdown() {
        return bodyMarkdown;
    }

    ArticleStatus status() {
        return status;
    }

    long authorId() {
        return authorId;
    }

    List<Long> coAuthorIds() {
        return List.copyOf(coAuthorIds);
    }

    /** Everyone the byline names: the lead author first. */
    List<Long> bylineIds() {
        var all = new ArrayList<Long>();
        all.add(authorId);
        all.addAll(coAuthorIds);
        return all;
    }

    Instant updatedAt() {
        return updatedAt.toInstant();
    }

    Instant scheduledFor() {
        return scheduledFor == null ? null : scheduledFor.toInstant();
    }

    Instant publishedAt() {
        return publishedAt == null ? null : publishedAt.toInstant();
    }

    /** Stored with its offset: EclipseLink reads Instant columns back wrongly in projections. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
