package org.broadsheet.content.ui;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleTeaser;
import org.broadsheet.content.EditorsNote;
import org.broadsheet.content.Hero;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Slug;
import org.broadsheet.content.TopicRef;
import org.broadsheet.people.Accounts;
import org.broadsheet.people.Author;
import org.broadsheet.shared.ui.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Published articles and topics as JSON under {@code /api}, for apps, partners and scripts: read-only, open to
 * anyone, and reading only through {@link PublishedArticles}, so nothing a reader may not see can reach it.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ArticlesResource {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    /** Deep enough for any archive; a bound keeps offset arithmetic and database scans sane. */
    static final int MAX_PAGE = 10_000;

    @Inject
    PublishedArticles articles;

    @Inject
    Accounts accounts;

    @Inject
    PublicAddress address;

    @Context
    HttpServletRequest servletRequest;

    @Context
    Request request;

    /** A page of articles, newest first, and the number of the next page if there is one. */
    public record ArticlePage(List<ArticleSummary> items, int page, int size, Integer nextPage) {
    }

    /**
     * {@code byline} is the names as printed ("Elena Marsh and Tom Lee"); {@code author} is the lead author, as it
     * always was, with where their page is; {@code authors} names everyone on the byline, lead first.
     */
    public record ArticleSummary(String slug, String url, String headline, String standfirst, String byline,
            AuthorLink author, List<AuthorLink> authors, Instant publishedAt, Instant updatedAt) {
    }

    public record Article(String slug, String url, String headline, String standfirst, String byline,
            AuthorLink author, List<AuthorLink> authors, Instant publishedAt, Instant updatedAt, String bodyHtml,
            List<TopicRef> topics,
            List<Note> notes, Image image, int wordCount, int readingMinutes) {
    }

    /** The picture an article opens with: the widest file, and every width it is kept at. */
    public record Image(String url, int width, int height, String alt, String caption, String credit,
            List<ImageFile> files) {
    }

    public record ImageFile(String url, int width, int height) {
    }

    /** An author as the API names them; {@code slug} and {@code url} are absent when they have no page. */
    public record AuthorLink(String name, String slug, String url) {
    }

    public record AuthorPage(String name, String slug, String url, String bio) {
    }

    /** Someone quoted, and a page of what they said (newest article first); nextPage is absent on the last. */
    public record SpeakerPage(String name, String slug, String url, String description, List<SpeakerQuote> quotes,
            int page, Integer nextPage) {
    }

    public record SpeakerQuote(String text, String role, String articleUrl, String articleHeadline,
            Instant publishedAt) {
    }

    public record Note(String kind, String text, Instant notedAt, Instant amendedAt) {
    }

    @GET
    @Path("articles")
    @Operation(summary = "Published articles, newest first, a page at a time")
    @APIResponse(responseCode = "200", description = "A page of articles; nextPage is absent on the last one")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client sent")
    @APIResponse(responseCode = "400", description = "A page, size or date that is not one; the reason is in 'error'")
    public Response list(
            @Parameter(description = "Page number, from 1 (default 1)") @QueryParam("page") String page,
            @Parameter(description = "Articles per page, 1 to 100 (default 20)") @QueryParam("size") String size,
            @Parameter(description = "Only articles in this section (its slug)") @QueryParam("section") String section,
            @Parameter(description = "Only articles filed under this topic (its slug)") @QueryParam("topic") String topic,
            @Parameter(description = "Only articles by this author (the slug of their page)") @QueryParam("author")
            String author,
            @Parameter(description = "Only articles published after this moment (ISO 8601, e.g. 2026-11-28T09:00:00Z)")
            @QueryParam("since") String since) {
        int pageNumber;
        int pageSize;
        Instant after;
        try {
            pageNumber = whole("page", page, 1, 1, MAX_PAGE);
            pageSize = whole("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
            after = since == null || since.isBlank() ? null : Instant.parse(since.strip());
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            return CachedJson.problem(Response.Status.BAD_REQUEST, bad instanceof DateTimeParseException
                    ? "since must be a moment in ISO 8601 with its zone, e.g. 2026-11-28T09:00:00Z" : bad.getMessage());
        }
        var filter = ArticleFilter.ALL.inSection(given(section)).inTopic(given(topic)).publishedAfter(after);
        if (given(author) != null) {
            // Nobody's account id is -1: an author without a page has no articles to list here either.
            filter = filter.by(accounts.author(given(author)).map(found -> found.author().accountId()).orElse(-1L));
        }
        // One more than asked for tells whether a next page exists without counting them all.
        var found = articles.latest(filter, (pageNumber - 1) * pageSize, pageSize + 1);
        var shown = found.stream().limit(pageSize).map(this::summary).toList();
        var next = found.size() > pageSize ? pageNumber + 1 : null;
        return CachedJson.of(request, new ArticlePage(shown, pageNumber, pageSize, next));
    }

    @GET
    @Path("articles/{slug}")
    @Operation(summary = "One published article, its body as sanitized HTML, with its topics and corrections")
    @APIResponse(responseCode = "200", description = "The article")
    @APIResponse(responseCode = "301", description = "The article moved; Location has its current address")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag or date the client sent")
    @APIResponse(responseCode = "404", description = "No published article has this slug")
    @APIResponse(responseCode = "410", description = "The article was withdrawn")
    public Response article(@PathParam("slug") String slug) {
        if (!Slug.isValid(slug)) {
            return CachedJson.problem(Response.Status.NOT_FOUND, "There is no article at this address.");
        }
        var article = articles.bySlug(slug);
        if (article.isPresent()) {
            return CachedJson.of(request, full(article.get()), article.get().updatedAt());
        }
        var moved = articles.movedTo(slug);
        if (moved.isPresent()) {
            return Response.status(Response.Status.MOVED_PERMANENTLY)
                    .location(URI.create(address.baseUrl(servletRequest) + "api/articles/" + moved.get())).build();
        }
        if (articles.isWithdrawn(slug)) {
            return CachedJson.problem(Response.Status.GONE, "The newsroom has withdrawn this article.");
        }
        return CachedJson.problem(Response.Status.NOT_FOUND, "There is no article at this address.");
    }

    @GET
    @Path("sections")
    @Operation(summary = "The newsroom's sections, in the masthead's order; list one's articles with /api/articles?section={slug}")
    @APIResponse(responseCode = "200", description = "The sections")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag the client sent")
    public Response sections() {
        return CachedJson.of(request, articles.sections());
    }

    @GET
    @Path("topics")
    @Operation(summary = "Every topic, by name; list a topic's articles with /api/articles?topic={slug}")
    @APIResponse(responseCode = "200", description = "The topics")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag the client sent")
    public Response topics() {
        return CachedJson.of(request, articles.topics());
    }

    @GET
    @Path("authors/{slug}")
    @Operation(summary = "An author: name, bio and their page; list their articles with /api/articles?author={slug}")
    @APIResponse(responseCode = "200", description = "The author")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag the client sent")
    @APIResponse(responseCode = "404", description = "Nobody has an author page at this slug")
    public Response author(@PathParam("slug") String slug) {
        return accounts.author(slug)
                .map(profile -> CachedJson.of(request, new AuthorPage(profile.author().name(), profile.author().slug(),
                        address.baseUrl(servletRequest) + "authors/" + profile.author().slug(), profile.bio())))
                .orElseGet(() -> CachedJson.problem(Response.Status.NOT_FOUND, "There is no author at this address."));
    }

    @GET
    @Path("speakers/{slug}")
    @Operation(summary = "Someone the newsroom quotes, with what published articles quote them saying, a page at a time")
    @APIResponse(responseCode = "200", description = "The speaker and a page of their quotes")
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag the client sent")
    @APIResponse(responseCode = "400", description = "A page that is not one; the reason is in 'error'")
    @APIResponse(responseCode = "404", description = "No published article quotes anyone at this slug")
    public Response speaker(@PathParam("slug") String slug,
            @Parameter(description = "Page number, from 1 (default 1)") @QueryParam("page") String page) {
        int pageNumber;
        try {
            pageNumber = whole("page", page, 1, 1, MAX_PAGE);
        } catch (IllegalArgumentException bad) {
            return CachedJson.problem(Response.Status.BAD_REQUEST, bad.getMessage());
        }
        var base = address.baseUrl(servletRequest);
        return articles.speaker(slug).map(speaker -> {
            var quotes = articles.quotesBy(slug, (pageNumber - 1) * DEFAULT_SIZE, DEFAULT_SIZE + 1);
            var shown = quotes.stream().limit(DEFAULT_SIZE).map(quote -> new SpeakerQuote(quote.text(), quote.role(),
                    base + "articles/" + quote.articleSlug(), quote.articleHeadline(), quote.publishedAt())).toList();
            return CachedJson.of(request, new SpeakerPage(speaker.name(), speaker.slug(), base + "speakers/" + slug,
                    speaker.description(), shown, pageNumber, quotes.size() > DEFAULT_SIZE ? pageNumber + 1 : null));
        }).orElseGet(() -> CachedJson.problem(Response.Status.NOT_FOUND, "Nobody is quoted at this address."));
    }

    private ArticleSummary summary(ArticleTeaser teaser) {
        return new ArticleSummary(teaser.slug(), readersAddress(teaser.slug()), teaser.headline(), teaser.standfirst(),
                BylineMarkup.names(teaser.bylines()), link(teaser.bylines().getFirst()), links(teaser.bylines()),
                teaser.publishedAt(), teaser.updatedAt());
    }

    private Article full(PublishedArticle article) {
        return new Article(article.slug(), readersAddress(article.slug()), article.headline(), article.standfirst(),
                BylineMarkup.names(article.bylines()), link(article.bylines().getFirst()), links(article.bylines()),
                article.publishedAt(), article.updatedAt(),
                // The body links speakers relative to the site's root; an API client resolves against /api/...
                article.bodyHtml().replace("href=\"speakers/", "href=\"" + address.baseUrl(servletRequest) + "speakers/"),
                article.topics(), article.notes().stream().map(ArticlesResource::note).toList(),
                article.hero() == null ? null : image(article.hero()), article.wordCount(), article.readingMinutes());
    }

    private Image image(Hero hero) {
        var base = address.baseUrl(servletRequest);
        var picture = hero.picture();
        return new Image(base + picture.largestPath(), picture.width(), picture.height(), hero.alt(), hero.caption(),
                hero.credit(), picture.widths().stream()
                        .map(width -> new ImageFile(base + picture.path(width), width, picture.heightAt(width))).toList());
    }

    private List<AuthorLink> links(List<Author> authors) {
        return authors.stream().map(this::link).toList();
    }

    private AuthorLink link(Author author) {
        return author.hasPage()
                ? new AuthorLink(author.name(), author.slug(), address.baseUrl(servletRequest) + "authors/" + author.slug())
                : new AuthorLink(author.name(), null, null);
    }

    private static String given(String parameter) {
        return parameter == null || parameter.isBlank() ? null : parameter.strip();
    }

    private static Note note(EditorsNote note) {
        return new Note(note.kind().label(), note.text(), note.notedAt(), note.amendedAt());
    }

    private String readersAddress(String slug) {
        return address.baseUrl(servletRequest) + "articles/" + slug;
    }

    /** A whole number within bounds, or the default when absent; anything else is refused with its reason. */
    private static int whole(String name, String value, int absent, int min, int max) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            var number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, with the same reason as a number out of range
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max);
    }
}
