package org.broadsheet.content.ui;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import org.broadsheet.content.ArticleFilter;
import org.broadsheet.content.ArticleTeaser;
import org.broadsheet.content.Picture;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.content.SectionRef;
import org.broadsheet.content.TopicRef;
import org.broadsheet.people.AuthorProfile;
import org.broadsheet.shared.ui.MarkupCache;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Pages of teasers, newest first: the front page's, and each topic's. Rendered once per change and shared by
 * every reader. Pages link to each other with real addresses ({@code ?page=2}), so crawlers and readers
 * without script reach every article.
 */
@ApplicationScoped
class ArticleLists {

    static final int PAGE_SIZE = 20;

    /** A portrait is shown 8 rem wide (styles.css). */
    static final String PORTRAIT_SIZES = "8rem";

    /**
     * A list readers page through: where it is (relative to the site's root, as every reading link is), its
     * heading, a line of plain text under it (an author's bio; empty for none), which articles it holds, the
     * address of its Atom feed, and the photograph beside the heading (an author's; null for none).
     */
    record Listing(String address, String heading, boolean headingShown, String intro, ArticleFilter filter,
            String feedPath, Picture portrait) {

        static Listing frontPage() {
            return new Listing("", "Latest", false, "", ArticleFilter.ALL, "feed", null);
        }

        static Listing section(SectionRef section) {
            return new Listing("sections/" + section.slug(), section.name(), true, "",
                    ArticleFilter.ALL.inSection(section.slug()), "feed?section=" + section.slug(), null);
        }

        static Listing topic(TopicRef topic) {
            return new Listing("topics/" + topic.slug(), topic.name(), true, "", ArticleFilter.topic(topic.slug()),
                    "feed?topic=" + topic.slug(), null);
        }

        static Listing author(AuthorProfile profile, Picture portrait) {
            var author = profile.author();
            return new Listing("authors/" + author.slug(), author.name(), true, profile.bio(),
                    ArticleFilter.ALL.by(author.accountId()), "feed?author=" + author.slug(), portrait);
        }
    }

    /** One page of a list; {@code html} is empty for a page past the last. */
    record ListPage(int number, Optional<String> html) {
    }

    private record Key(Listing listing, int number) {
    }

    @Inject
    PublishedArticles articles;

    private final MarkupCache<Key, ListPage> pages = new MarkupCache<>(Duration.ofSeconds(10), 1_000);

    ListPage page(Listing listing, int number) {
        return pages.get(new Key(listing, number), () -> render(listing, number));
    }

    private ListPage render(Listing listing, int number) {
        // One more than a page, to know whether an older page exists without counting.
        var teasers = articles.latest(listing.filter(), (number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        if (teasers.isEmpty() && number > 1) {
            return new ListPage(number, Optional.empty());
        }
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var root = document.appendElement("div").addClass("front-page-content");
        if (listing.portrait() != null) {
            PictureMarkup.appendImg(root, listing.portrait(), listing.heading(), PORTRAIT_SIZES).addClass("portrait");
        }
        var heading = root.appendElement("h1").text(listing.heading());
        if (!listing.headingShown()) {
            heading.addClass("visually-hidden");
        }
        if (!listing.intro().isBlank()) {
            root.appendElement("p").addClass("intro").text(listing.intro());
        }
        var list = root.appendElement("section").addClass("teasers");
        if (teasers.isEmpty()) {
            list.appendElement("p").text("Nothing has been published yet.");
        }
        var shown = teasers.stream().limit(PAGE_SIZE).toList();
        for (int i = 0; i < shown.size(); i++) {
            var card = appendTeaser(list, shown.get(i));
            // The front page opens with its lead story: the newest, with its picture.
            if (i == 0 && number == 1 && listing.address().isEmpty()) {
                card.addClass("lead");
                if (shown.get(i).hero() != null) {
                    card.prependChild(PictureMarkup.appendImg(new Element("div"), shown.get(i).hero()).addClass("lead-picture"));
                }
            }
        }
        var pager = root.appendElement("nav").addClass("pager").attr("aria-label", "More articles");
        if (number > 1) {
            var first = listing.address().isEmpty() ? "." : listing.address();
            readingLink(pager, number == 2 ? first : listing.address() + "?page=" + (number - 1), "Newer articles")
                    .attr("rel", "prev");
        }
        if (teasers.size() > PAGE_SIZE) {
            readingLink(pager, listing.address() + "?page=" + (number + 1), "Older articles").attr("rel", "next");
        }
        return new ListPage(number, Optional.of(root.outerHtml()));
    }

    static Element appendTeaser(Element list, ArticleTeaser teaser) {
        var card = list.appendElement("div").addClass("teaser");
        readingLink(card.appendElement("h2"), "articles/" + teaser.slug(), teaser.headline());
        if (!teaser.standfirst().isBlank()) {
            card.appendElement("p").addClass("standfirst").text(teaser.standfirst());
        }
        BylineMarkup.appendTo(card, teaser.bylines(), teaser.publishedAt());
        return card;
    }

    /** A link to another reading page: a full page load (router-ignore), so it arrives complete. */
    static Element readingLink(Element parent, String href, String text) {
        return parent.appendElement("a").attr("href", href).attr("router-ignore", true).text(text);
    }

    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            ArticlesChanged change) {
        pages.clear();
    }
}
