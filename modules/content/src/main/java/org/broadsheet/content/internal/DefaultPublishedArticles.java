package org.broadsheet.content.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.broadsheet.content.ArticleAddress;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.AttributedQuote;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ArticleTeaser;
import org.broadsheet.content.Hero;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SearchResults;
import org.broadsheet.content.SectionRef;
import org.broadsheet.content.SpeakerProfile;
import org.broadsheet.content.TopicRef;
import org.broadsheet.people.Author;
import org.broadsheet.shared.PlainText;

/** The reading side: every query filters on PUBLISHED, so a draft can never leak through it. */
@Stateless
@Local(PublishedArticles.class)
@PermitAll
public class DefaultPublishedArticles implements PublishedArticles {

    @PersistenceContext
    EntityManager em;

    @Inject
    Bylines bylines;

    @Inject
    ArticleCache cache;

    @Inject
    SearchIndex index;

    @Override
    public List<ArticleTeaser> latest(int offset, int limit) {
        return latest(ArticleFilter.ALL, offset, limit);
    }

    @Override
    public List<ArticleTeaser> latestInTopic(String topicSlug, int offset, int limit) {
        return latest(ArticleFilter.topic(topicSlug), offset, limit);
    }

    @Override
    public List<ArticleTeaser> latest(ArticleFilter filter, int offset, int limit) {
        // Only the columns a teaser shows: lists never load article bodies.
        var jpql = new StringBuilder("""
                select a.slug, a.headline, a.standfirst, a.authorId, a.publishedAt, a.updatedAt, a.id from Article a""");
        if (filter.topicSlug() != null) {
            jpql.append(" join a.topics t");
        }
        jpql.append(" where a.status = :published");
        var parameters = new HashMap<String, Object>();
        if (filter.sectionSlug() != null) {
            jpql.append(" and a.section.slug = :section");
            parameters.put("section", filter.sectionSlug());
        }
        if (filter.topicSlug() != null) {
            jpql.append(" and t.slug = :topic");
            parameters.put("topic", filter.topicSlug());
        }
        if (filter.authorId() != null) {
            // Most authors write alone: their page is then one indexed condition (an "or" would keep PostgreSQL off
            // the author index and have it read the archive newest first until a page is full).
            jpql.append(coAuthored(filter.authorId())
                    ? " and (a.authorId = :author or exists (select b from Article b join b.coAuthorIds c"
                            + " where b = a and c = :author))"
                    : " and a.authorId = :author");
            parameters.put("author", filter.authorId());
        }
        if (filter.publishedAfter() != null) {
            jpql.append(" and a.publishedAt > :after");
            parameters.put("after", filter.publishedAfter().atOffset(ZoneOffset.UTC));
        }
        var query = em.createQuery(jpql.append(" order by a.publishedAt desc, a.id desc").toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return teasers(query, offset, limit);
    }

    @Override
    public List<ArticleTeaser> related(long articleId, int limit) {
        return teasers(em.createQuery("""
                select a.slug, a.headline, a.standfirst, a.authorId, a.publishedAt, a.updatedAt, a.id, count(t) as shared
                from Article a join a.topics t
                where a.status = :published and a.id <> :id
                and t.id in (select s.id from Article b join b.topics s where b.id = :id)
                group by a.id, a.slug, a.headline, a.standfirst, a.authorId, a.publishedAt, a.updatedAt
                order by shared desc, a.publishedAt desc, a.id desc""", Object[].class)
                .setParameter("id", articleId), 0, limit);
    }

    @Override
    public SearchResults search(String text, int offset, int limit) {
        var cleaned = PlainText.clean(text == null ? "" : text).strip();
        var searched = cleaned.codePointCount(0, cleaned.length()) <= SearchResults.MAX_QUERY_LENGTH ? cleaned
                : cleaned.substring(0, cleaned.offsetByCodePoints(0, SearchResults.MAX_QUERY_LENGTH));
        var shortened = !searched.equals(cleaned);
        if (searched.isBlank()) {
            return new SearchResults(searched, shortened, 0, List.of());
        }
        var page = index.search(searched, offset, limit);
        var ids = page.found().stream().map(SearchIndex.Found::articleId).toList();
        if (ids.isEmpty()) {
            return new SearchResults(searched, shortened, page.total(), List.of());
        }
        // The teasers in one query; an article withdrawn since the index last heard is left out.
        var rows = em.createQuery("""
                select a.slug, a.headline, a.standfirst, a.authorId, a.publishedAt, a.updatedAt, a.id from Article a
                where a.status = :published and a.id in :ids""", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setParameter("ids", ids)
                .getResultList();
        var teasers = teasers(rows);
        var byId = new HashMap<Long, ArticleTeaser>();
        for (int i = 0; i < rows.size(); i++) {
            byId.put((Long) rows.get(i)[6], teasers.get(i));
        }
        var hits = page.found().stream().filter(found -> byId.containsKey(found.articleId()))
                .map(found -> new SearchResults.Hit(byId.get(found.articleId()), found.snippetHtml()))
                .toList();
        return new SearchResults(searched, shortened, page.total(), hits);
    }

    @Override
    public List<SectionRef> sections() {
        return em.createQuery("select s from Section s order by s.position", Section.class)
                .getResultStream().map(Section::ref).toList();
    }

    @Override
    public Optional<SectionRef> section(String slug) {
        return em.createQuery("select s from Section s where s.slug = :slug", Section.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(Section::ref);
    }

    @Override
    public Optional<SpeakerProfile> speaker(String slug) {
        return em.createQuery("""
                select s from Speaker s where s.slug = :slug and exists (
                    select q.id from Quote q, Article a
                    where q.speaker = s and a.id = q.articleId and a.status = :published)""", Speaker.class)
                .setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst()
                // Who they are now, as readers may know it: the role of their newest published quote, never what a
                // draft (perhaps under embargo) called them.
                .map(speaker -> speaker.profile(quotesBy(slug, 0, 1).stream().map(AttributedQuote::role)
                        .findFirst().orElse("")));
    }

    @Override
    public List<ArticleAddress> addresses(int offset, int limit) {
        return em.createQuery("""
                        select a.slug, a.updatedAt from Article a where a.status = :published
                        order by a.publishedAt desc, a.id desc""", Object[].class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new ArticleAddress((String) row[0], ((OffsetDateTime) row[1]).toInstant()))
                .toList();
    }

    @Override
    public List<String> topicSlugs(int limit) {
        return em.createQuery("""
                        select distinct t.slug from Article a join a.topics t
                        where a.status = :published order by t.slug""", String.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<String> authorSlugs(int limit) {
        var ids = new HashSet<Long>(em.createQuery(
                        "select distinct a.authorId from Article a where a.status = :published", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList());
        ids.addAll(em.createQuery("select distinct c from Article a join a.coAuthorIds c where a.status = :published",
                        Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultList());
        return bylines.of(ids).values().stream().filter(Author::hasPage).map(Author::slug).sorted().limit(limit).toList();
    }

    @Override
    public List<String> speakerSlugs(int limit) {
        return em.createQuery("""
                        select distinct s.slug from Quote q join q.speaker s, Article a
                        where a.id = q.articleId and a.status = :published order by s.slug""", String.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setMaxResults(limit)
                .getResultList();
    }

    @Override
    public List<AttributedQuote> quotesBy(String speakerSlug, int offset, int limit) {
        return em.createQuery("""
                select q.text, q.role, a.slug, a.headline, a.publishedAt from Quote q, Article a
                where a.id = q.articleId and q.speaker.slug = :slug and a.status = :published
                order by a.publishedAt desc, a.id desc, q.position""", Object[].class)
                .setParameter("slug", speakerSlug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultStream()
                .map(row -> new AttributedQuote((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                        ((OffsetDateTime) row[4]).toInstant()))
                .toList();
    }

    @Override
    public List<TopicRef> topics() {
        return em.createQuery("select t from Topic t order by t.name", Topic.class)
                .getResultStream().map(Topic::ref).toList();
    }

    private List<ArticleTeaser> teasers(TypedQuery<Object[]> query, int offset, int limit) {
        return teasers(query.setParameter("published", ArticleStatus.PUBLISHED)
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList());
    }

    /**
     * Rows of slug, headline, standfirst, lead author id, published and updated times, article id (and anything
     * after). Bylines cost two queries for the whole list: who else wrote each article, then everyone's names.
     */
    private List<ArticleTeaser> teasers(List<Object[]> rows) {
        var articleIds = rows.stream().map(row -> (Long) row[6]).toList();
        var others = coAuthors(articleIds);
        var heroes = heroes(articleIds);
        var bylineIds = new HashMap<Long, List<Long>>();
        for (var row : rows) {
            var ids = new ArrayList<Long>();
            ids.add((Long) row[3]);
            ids.addAll(others.getOrDefault((Long) row[6], List.of()));
            bylineIds.put((Long) row[6], ids);
        }
        var names = bylines.of(bylineIds.values().stream().flatMap(List::stream).toList());
        return rows.stream()
                .map(row -> new ArticleTeaser((String) row[0], (String) row[1], (String) row[2],
                        bylineIds.get((Long) row[6]).stream().map(names::get).toList(),
                        ((OffsetDateTime) row[4]).toInstant(), ((OffsetDateTime) row[5]).toInstant(),
                        heroes.get((Long) row[6])))
                .toList();
    }

    /** The pictures these articles open with, by article; absent for an article without one. */
    private Map<Long, Hero> heroes(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        // The picture's row and the words printed with it, never the article's body.
        return em.createQuery("""
                        select a.id, p, a.heroAlt, a.heroCaption, a.heroCredit from Article a join a.heroPicture p
                        where a.id in :ids""", Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> new Hero(((StoredPicture) row[1]).picture(),
                        (String) row[2], (String) row[3], (String) row[4])));
    }

    /** Whether the account shares any article's byline other than as its lead author (one indexed lookup). */
    private boolean coAuthored(long accountId) {
        return !em.createQuery("select a.id from Article a join a.coAuthorIds c where c = :author", Long.class)
                .setParameter("author", accountId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Who wrote each of these articles with its lead author, in byline order; absent for most, written alone. */
    private Map<Long, List<Long>> coAuthors(List<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        var found = new HashMap<Long, List<Long>>();
        em.createQuery("""
                        select a.id, c from Article a join a.coAuthorIds c
                        where a.id in :ids order by a.id, index(c)""", Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .forEach(row -> found.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((Long) row[1]));
        return found;
    }

    @Override
    public Optional<TopicRef> topic(String slug) {
        return em.createQuery("select t from Topic t where t.slug = :slug", Topic.class)
                .setParameter("slug", slug)
                .getResultStream()
                .findFirst()
                .map(Topic::ref);
    }

    @Override
    public long countPublished() {
        return em.createQuery("select count(a) from Article a where a.status = :published", Long.class)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult();
    }

    @Override
    public Optional<PublishedArticle> bySlug(String slug) {
        return cache.get(slug, () -> load(slug));
    }

    @Override
    public Optional<String> movedTo(String formerSlug) {
        return em.createQuery("""
                select a.slug from Article a join a.formerSlugs f
                where f = :slug and a.status = :published""", String.class)
                .setParameter("slug", formerSlug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst();
    }

    private Optional<PublishedArticle> load(String slug) {
        return em.createQuery("""
                select distinct a from Article a join fetch a.section left join fetch a.topics
                where a.slug = :slug and a.status = :published""", Article.class)
                // The row as committed, not the persistence provider's shared copy, which an editor's commit
                // may not have updated yet when this reader's load begins.
                .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
                .setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst()
                .map(a -> new PublishedArticle(a.id(), a.slug(), a.headline(), a.standfirst(),
                        bylines.inOrder(a.bylineIds()), a.publishedAt(), a.updatedAt(), a.bodyHtml(), a.bodyMarkdown(),
                        a.sectionRef(), a.topicRefs(),
                        a.notes().stream().map(Note::forReaders).toList(), a.hero().orElse(null),
                        // Counted once per version: the published article is cached, not loaded per reader.
                        MarkdownBody.wordCount(a.bodyMarkdown())));
    }

    @Override
    public boolean isWithdrawn(String slug) {
        return em.createQuery("""
                select count(a) from Article a
                where a.slug = :slug and a.publishedAt is not null and a.status <> :published""", Long.class)
                .setParameter("slug", slug)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult() > 0;
    }

    @Override
    public boolean isPublished(long articleId) {
        // Asked for every comment posted: a count by primary key, not the whole article with its body.
        return em.createQuery("select count(a) from Article a where a.id = :id and a.status = :published", Long.class)
                .setParameter("id", articleId)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult() > 0;
    }

    @Override
    public Optional<Instant> publishedAt(long articleId) {
        // Asked for every comment posted: one column by primary key, not the whole article with its body.
        return em.createQuery("select a.publishedAt from Article a where a.id = :id and a.status = :published",
                        OffsetDateTime.class)
                .setParameter("id", articleId)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .findFirst()
                .map(OffsetDateTime::toInstant);
    }

    @Override
    public Map<Long, String> slugs(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.slug from Article a where a.id in :ids and a.status = :published",
                        Object[].class)
                .setParameter("ids", articleIds)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }

    @Override
    public Map<Long, String> headlines(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select a.id, a.headline from Article a where a.id in :ids", Object[].class)
                .setParameter("ids", articleIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
