package org.broadsheet.content.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.broadsheet.content.ArticleChangedMeanwhileException;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleNotFoundException;
import org.broadsheet.content.ArticleOrder;
import org.broadsheet.content.ArticleRights;
import org.broadsheet.content.ArticleRevision;
import org.broadsheet.content.ArticleRow;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.EditorsNote;
import org.broadsheet.content.Hero;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.RevisionComparison;
import org.broadsheet.content.SlugTakenException;
import org.broadsheet.content.SpeakerChanged;
import org.broadsheet.content.SpeakerProfile;
import org.broadsheet.content.TextDiff;
import org.broadsheet.content.TopicRef;
import org.broadsheet.people.AccountSummary;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.LikeStart;
import org.broadsheet.shared.PlainText;
import org.broadsheet.shared.Roles;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(Newsroom.class)
// Any member of staff may come in; what they may do to each article is EditorialRights' to say.
@RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
public class DefaultNewsroom implements Newsroom {

    /** Who the first revision of an article saved before revisions were kept is signed by. */
    static final String BEFORE_REVISIONS = "(before revisions were kept)";

    static final String NOT_YOURS = "Only the article's authors and editors can open or change it.";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Bylines bylines;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Event<ArticlesChanged> changed;

    @Inject
    Event<SpeakerChanged> speakerChanged;

    @Override
    public ArticleDraft open(long articleId) {
        return readable(articleId).draft();
    }

    @Override
    public ArticleRights rights(Long articleId) {
        var rights = rights();
        if (articleId == null) {
            return new ArticleRights(rights.writes(), rights.publishesOwn());
        }
        var article = find(articleId);
        return rights.to(() -> onByline(article), article.status());
    }

    @Override
    public long save(ArticleDraft draft) {
        return store(draft, null);
    }

    /** Saves the editor's text and keeps it as a revision, unless it is the text the last revision holds. */
    private long store(ArticleDraft draft, Integer restoredFrom) {
        refuseOutsideRights(draft);
        refuseSlugInUse(draft);
        refuseOutsideBylines(draft);
        var topics = topicsNamed(draft.topicSlugs());
        var quotes = MarkdownBody.quotes(draft.body());
        var speakers = speakersOf(quotes);
        Function<String, Optional<String>> speakerPage = name ->
                Optional.ofNullable(speakers.get(Topic.key(name))).map(speaker -> "speakers/" + speaker.slug());
        var now = clock.instant();
        if (draft.id() == null) {
            var authorId = draft.authorId() != null ? draft.authorId() : callerAccountId();
            var article = new Article(authorId, now);
            article.revise(draft, sectionFor(draft.sectionSlug()), topics, speakerPage, now);
            article.illustrate(pictureFor(draft.hero()), draft.hero());
            em.persist(article);
            em.flush();
            em.persist(new Revision(article, null, caller(), now, null));
            keepQuotes(article, quotes, speakers);
            changed.fire(new ArticlesChanged(article.id()));
            return article.id();
        }
        var article = find(draft.id());
        if (article.version() != draft.version()) {
            throw new ArticleChangedMeanwhileException(article.headline());
        }
        var previous = latestRevision(article.id());
        if (previous.isEmpty()) {
            // Saved before revisions were kept: its text as it stood becomes revision 1, so this change can be undone.
            previous = Optional.of(new Revision(article, null, BEFORE_REVISIONS, article.updatedAt(), null));
            em.persist(previous.get());
        }
        // No section named keeps the one it has (the form always names one).
        var section = draft.sectionSlug() == null ? article.section() : sectionFor(draft.sectionSlug());
        article.revise(draft, section, topics, speakerPage, now);
        article.illustrate(pictureFor(draft.hero()), draft.hero());
        // The version check first, before the quotes' and revisions' queries flush the change where a lost race
        // would surface as a container error rather than this refusal.
        flushed(article);
        keepQuotes(article, quotes, speakers);
        if (restoredFrom != null || !previous.get().holds(article)) {
            em.persist(new Revision(article, previous.get(), caller(), now, restoredFrom));
        }
        written(article);
        return article.id();
    }

    /**
     * Only editors write an article for someone else or hand one to another lead author; everyone else changes
     * what they wrote, as far as their role lets them.
     */
    private void refuseOutsideRights(ArticleDraft draft) {
        var rights = rights();
        if (rights.editsAny()) {
            return;
        }
        if (draft.id() == null) {
            require(draft.authorId() == null || callerId().filter(draft.authorId()::equals).isPresent(),
                    "Only an editor can start an article under someone else's name.");
            return;
        }
        var article = find(draft.id());
        var status = article.status();
        require(rights.mayEdit(() -> onByline(article), status),
                status == ArticleStatus.DRAFT || status == ArticleStatus.IN_REVIEW ? NOT_YOURS
                        : "Once an article is scheduled or published, only its authors and editors can change it.");
        require(draft.authorId() == null || draft.authorId() == article.authorId(),
                "Only an editor can hand an article to another lead author.");
    }

    /**
     * A byline names the newsroom's own people: an unknown account, or a reader's, is refused by name. Only names
     * added now are checked: someone who wrote the article and has since left the staff stays on its byline.
     */
    private void refuseOutsideBylines(ArticleDraft draft) {
        var already = draft.id() == null ? List.<Long>of() : find(draft.id()).coAuthorIds();
        var added = draft.coAuthorIds().stream().filter(id -> !already.contains(id)).toList();
        if (added.isEmpty()) {
            return;
        }
        var named = accounts.authors(added);
        if (added.stream().anyMatch(id -> !named.containsKey(id) || !named.get(id).hasPage())) {
            throw new ArticleStateException("Only the newsroom's staff can share a byline.");
        }
    }

    /** The stored picture a hero shows; an upload's number that names none is refused, not saved as a broken image. */
    private StoredPicture pictureFor(Hero hero) {
        if (hero == null) {
            return null;
        }
        var picture = em.find(StoredPicture.class, hero.picture().id());
        if (picture == null) {
            throw new ArticleStateException("That picture is not in the newsroom's library; upload it again.");
        }
        return picture;
    }

    /** The speakers of the quotes by name key, each found or, on first being quoted, made. */
    private Map<String, Speaker> speakersOf(List<MarkdownBody.Quote> quotes) {
        var speakers = new HashMap<String, Speaker>();
        for (var quote : quotes) {
            speakers.computeIfAbsent(Topic.key(quote.speaker()), key -> em.createQuery(
                            "select s from Speaker s where s.nameKey = :key", Speaker.class)
                    .setParameter("key", key)
                    .getResultStream()
                    .findFirst()
                    .orElseGet(() -> newSpeaker(quote)));
        }
        return speakers;
    }

    private Speaker newSpeaker(MarkdownBody.Quote quote) {
        var slug = Topic.slugCandidates(quote.speaker(), "speaker")
                .filter(candidate -> em.createQuery("select count(s) from Speaker s where s.slug = :slug", Long.class)
                        .setParameter("slug", candidate)
                        .getSingleResult() == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No free slug for the speaker " + quote.speaker()));
        var speaker = new Speaker(slug, quote.speaker(), quote.role());
        em.persist(speaker);
        return speaker;
    }

    /** The body is the source of an article's quotes: they are written again from it on every save. */
    private void keepQuotes(Article article, List<MarkdownBody.Quote> quotes, Map<String, Speaker> speakers) {
        em.createQuery("delete from Quote q where q.articleId = :id").setParameter("id", article.id()).executeUpdate();
        for (int i = 0; i < quotes.size(); i++) {
            var quote = quotes.get(i);
            em.persist(new Quote(article.id(), speakers.get(Topic.key(quote.speaker())), i + 1, quote));
        }
    }

    @Override
    public List<SpeakerProfile> speakers(String nameStart, int offset, int limit) {
        return em.createQuery("select s from Speaker s where s.nameKey like :start escape '\\' order by s.nameKey", Speaker.class)
                .setParameter("start", LikeStart.of(Topic.key(nameStart)))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(Speaker::profile)
                .toList();
    }

    @Override
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public SpeakerProfile describeSpeaker(String slug, String description, String link) {
        var speaker = em.createQuery("select s from Speaker s where s.slug = :slug", Speaker.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ArticleStateException("Nobody quoted is known by “" + slug + "”."));
        speaker.describe(PlainText.clean(description), link);
        speakerChanged.fire(new SpeakerChanged(slug));
        return speaker.profile();
    }

    private Optional<Revision> latestRevision(long articleId) {
        return em.createQuery("select r from Revision r where r.articleId = :id order by r.number desc", Revision.class)
                .setParameter("id", articleId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<ArticleRevision> revisions(long articleId, int limit) {
        readable(articleId);
        // The list never loads the texts: only when two revisions are compared.
        var rows = em.createQuery("""
                select r.number, r.savedAt, r.savedBy, r.changed, r.restoredFrom from Revision r
                where r.articleId = :id order by r.number desc""", Object[].class)
                .setParameter("id", articleId)
                .setMaxResults(limit)
                .getResultList();
        var names = displayNames(rows.stream().map(row -> (String) row[2]));
        return rows.stream().map(row -> new ArticleRevision((Integer) row[0], ((OffsetDateTime) row[1]).toInstant(),
                        names.getOrDefault((String) row[2], (String) row[2]),
                        ((String) row[3]).isEmpty() ? List.of() : List.of(((String) row[3]).split(",")),
                        (Integer) row[4]))
                .toList();
    }

    @Override
    public RevisionComparison compare(long articleId, int from, int to) {
        readable(articleId);
        var before = revision(articleId, from);
        var after = revision(articleId, to);
        return new RevisionComparison(from, to, TextDiff.of(before.headline(), after.headline()),
                TextDiff.of(before.standfirst(), after.standfirst()), TextDiff.of(before.slug(), after.slug()),
                TextDiff.of(before.bodyMarkdown(), after.bodyMarkdown()));
    }

    @Override
    public long restore(long articleId, int number, long version) {
        var kept = revision(articleId, number);
        var current = find(articleId).draft();
        // Only the text comes back; the picture, the byline and everything else stay as they are now.
        return store(new ArticleDraft(articleId, version, kept.headline(), kept.standfirst(), kept.slug(),
                kept.bodyMarkdown(), current.topicSlugs(), current.authorId(), current.status(), current.scheduledFor(),
                current.sectionSlug(), current.hero(), current.coAuthorIds()), number);
    }

    private Revision revision(long articleId, int number) {
        return em.createQuery("select r from Revision r where r.articleId = :id and r.number = :number", Revision.class)
                .setParameter("id", articleId)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new ArticleStateException("There is no revision " + number + " of this article."));
    }

    @Override
    public void publish(long articleId) {
        var article = publishable(articleId);
        article.publish(clock.instant());
        written(article);
    }

    @Override
    public long publish(ArticleDraft draft) {
        long id = save(draft);
        publish(id);
        return id;
    }

    @Override
    public void unpublish(long articleId) {
        var article = publishable(articleId);
        article.unpublish(clock.instant());
        written(article);
    }

    @Override
    public long submitForReview(ArticleDraft draft) {
        var article = find(save(draft));
        article.submitForReview(clock.instant());
        written(article);
        return article.id();
    }

    @Override
    public long schedule(ArticleDraft draft, Instant at) {
        var article = publishable(save(draft));
        article.schedule(at, clock.instant());
        written(article);
        return article.id();
    }

    @Override
    public void returnToDraft(long articleId) {
        var article = find(articleId);
        require(rights().mayReturnToDraft(() -> onByline(article), article.status()),
                "Only its authors and editors can take a scheduled article off the schedule.");
        article.returnToDraft(clock.instant());
        written(article);
    }

    @Override
    public long addNote(long articleId, EditorsNote.Kind kind, String text) {
        var article = publishable(articleId);
        var note = article.addNote(kind, PlainText.clean(text).strip(), caller(), clock.instant());
        written(article);
        return note.id();
    }

    @Override
    public void amendNote(long articleId, long noteId, String text) {
        var article = publishable(articleId);
        article.amendNote(noteId, PlainText.clean(text).strip(), caller(), clock.instant());
        written(article);
    }

    @Override
    public List<EditorsNote> notes(long articleId) {
        var notes = readable(articleId).notes();
        var names = displayNames(notes.stream().flatMap(note -> note.amendedBy().stream()));
        return notes.stream().map(note -> note.forEditors(names)).toList();
    }

    /** Display names of the editors who signed notes or revisions, one lookup per editor, not per entry. */
    private Map<String, String> displayNames(Stream<String> usernames) {
        var names = new HashMap<String, String>();
        usernames.distinct().forEach(username ->
                accounts.byUsername(username).ifPresent(account -> names.put(username, account.displayName())));
        return names;
    }

    /**
     * Writes now rather than at commit: a version conflict found at commit would reach the caller as a
     * container's rollback error; found here it is a refusal the editor can read.
     */
    private void written(Article article) {
        flushed(article);
        changed.fire(new ArticlesChanged(article.id()));
    }

    private void flushed(Article article) {
        try {
            em.flush();
        } catch (OptimisticLockException raceLost) {
            // Another transaction committed a change to this article after we read it.
            throw new ArticleChangedMeanwhileException(article.headline());
        }
    }

    @Override
    public List<ArticleRow> articles(int offset, int limit, List<ArticleOrder> order) {
        var orderBy = order.isEmpty() ? "a.updatedAt desc"
                : order.stream().map(o -> "a." + o.property() + (o.ascending() ? " asc" : " desc"))
                        .collect(Collectors.joining(", "));
        // Only the columns a row shows: a page of the list never loads bodies.
        var rows = yours("""
                select a.id, a.headline, a.slug, a.status, a.authorId, a.updatedAt, a.publishedAt from Article a""",
                " order by " + orderBy + ", a.id desc", Object[].class)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
        var names = bylines.of(rows.stream().map(row -> (Long) row[4]).toList());
        return rows.stream()
                .map(row -> new ArticleRow((Long) row[0], (String) row[1], (String) row[2], (ArticleStatus) row[3],
                        names.get((Long) row[4]).name(), instant(row[5]), instant(row[6])))
                .toList();
    }

    /** Editors list every article; anyone else the ones with their name on the byline. */
    private <T> TypedQuery<T> yours(String select, String orderBy, Class<T> type) {
        if (rights().editsAny()) {
            return em.createQuery(select + orderBy, type);
        }
        return em.createQuery(select + """
                         where a.authorId = :you
                        or exists (select b from Article b join b.coAuthorIds c where b = a and c = :you)""" + orderBy, type)
                .setParameter("you", callerId().orElse(-1L));
    }

    private static Instant instant(Object column) {
        return column == null ? null : ((OffsetDateTime) column).toInstant();
    }

    @Override
    public long countArticles() {
        return yours("select count(a) from Article a", "", Long.class).getSingleResult();
    }

    @Override
    public List<TopicRef> topics() {
        return em.createQuery("select t from Topic t order by t.name", Topic.class)
                .getResultStream().map(Topic::ref).toList();
    }

    @Override
    public TopicRef addTopic(String name) {
        return em.createQuery("select t from Topic t where t.nameKey = :key", Topic.class)
                .setParameter("key", Topic.key(name))
                .getResultStream()
                .findFirst()
                .orElseGet(() -> newTopic(name))
                .ref();
    }

    private Topic newTopic(String name) {
        var slug = Topic.slugCandidates(name)
                .filter(candidate -> em.createQuery("select count(t) from Topic t where t.slug = :slug", Long.class)
                        .setParameter("slug", candidate)
                        .getSingleResult() == 0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No free slug for the topic " + name));
        var topic = new Topic(slug, name);
        em.persist(topic);
        return topic;
    }

    private Article find(long articleId) {
        var article = em.find(Article.class, articleId);
        if (article == null) {
            throw new ArticleNotFoundException(articleId);
        }
        return article;
    }

    /** A slug another article has, or once had: an old link must keep leading to the article it named. */
    private void refuseSlugInUse(ArticleDraft draft) {
        var current = em.createQuery("select a.id from Article a where a.slug = :slug", Long.class)
                .setParameter("slug", draft.slug())
                .getResultList();
        var former = em.createQuery("select a.id from Article a join a.formerSlugs f where f = :slug", Long.class)
                .setParameter("slug", draft.slug())
                .getResultList();
        var clash = Stream.concat(current.stream(), former.stream())
                .anyMatch(id -> !id.equals(draft.id()));
        if (clash) {
            throw new SlugTakenException(draft.slug());
        }
    }

    /** The section the draft names; none named is the first one, so every article has exactly one. */
    private Section sectionFor(String slug) {
        var query = slug == null
                ? em.createQuery("select s from Section s order by s.position", Section.class)
                : em.createQuery("select s from Section s where s.slug = :slug", Section.class).setParameter("slug", slug);
        return query.setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new ArticleStateException("There is no section “" + slug + "”."));
    }

    private Set<Topic> topicsNamed(Set<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("select t from Topic t where t.slug in :slugs", Topic.class)
                .setParameter("slugs", slugs)
                .getResultList());
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private long callerAccountId() {
        return callerId().orElseThrow(() -> new IllegalStateException("No account for the signed-in caller " + caller()));
    }

    /** Empty for a caller without an account: a system identity, which has written nothing. */
    private Optional<Long> callerId() {
        return accounts.byUsername(caller()).map(AccountSummary::id);
    }

    private EditorialRights rights() {
        return EditorialRights.of(session::isCallerInRole);
    }

    private boolean onByline(Article article) {
        return callerId().filter(id -> article.authorId() == id || article.coAuthorIds().contains(id)).isPresent();
    }

    private Article readable(long articleId) {
        var article = find(articleId);
        require(rights().mayRead(() -> onByline(article)), NOT_YOURS);
        return article;
    }

    private Article publishable(long articleId) {
        var article = find(articleId);
        require(rights().mayPublish(() -> onByline(article)),
                "Only its authors (if they publish their own) and editors can publish, schedule, unpublish or correct it.");
        return article;
    }

    /** Refused as the container refuses a role: the same exception whichever rule said no. */
    private static void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new EJBAccessException(refusal);
        }
    }
}
