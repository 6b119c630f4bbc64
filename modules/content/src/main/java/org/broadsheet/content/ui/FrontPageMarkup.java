package org.broadsheet.content.ui;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import org.broadsheet.content.ArticleTeaser;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.ui.MarkupCache;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The front page's pages of teasers, newest first, rendered once per change and shared by every reader.
 * Pages link to each other with real addresses ({@code ?page=2}), so crawlers and readers without script
 * reach every article.
 */
@ApplicationScoped
class FrontPageMarkup {

    static final int PAGE_SIZE = 20;

    /** One page of the front page; {@code html} is empty for a page past the last. */
    record FrontPage(int number, Optional<String> html) {
    }

    @Inject
    PublishedArticles articles;

    private final MarkupCache<Integer, FrontPage> pages = new MarkupCache<>(Duration.ofSeconds(10), 1_000);

    FrontPage page(int number) {
        return pages.get(number, () -> render(number));
    }

    private FrontPage render(int number) {
        // One more than a page, to know whether an older page exists without counting.
        var teasers = articles.latest((number - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        if (teasers.isEmpty() && number > 1) {
            return new FrontPage(number, Optional.empty());
        }
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var root = document.appendElement("div").addClass("front-page-content");
        root.appendElement("h1").addClass("visually-hidden").text("Latest");
        var list = root.appendElement("section").addClass("teasers");
        if (teasers.isEmpty()) {
            list.appendElement("p").text("Nothing has been published yet.");
        }
        teasers.stream().limit(PAGE_SIZE).forEach(teaser -> appendTeaser(list, teaser));
        var pager = root.appendElement("nav").addClass("pager").attr("aria-label", "More articles");
        if (number > 1) {
            readingLink(pager, number == 2 ? "." : "?page=" + (number - 1), "Newer articles").attr("rel", "prev");
        }
        if (teasers.size() > PAGE_SIZE) {
            readingLink(pager, "?page=" + (number + 1), "Older articles").attr("rel", "next");
        }
        return new FrontPage(number, Optional.of(root.outerHtml()));
    }

    private static void appendTeaser(Element list, ArticleTeaser teaser) {
        var card = list.appendElement("div").addClass("teaser");
        readingLink(card.appendElement("h2"), "articles/" + teaser.slug(), teaser.headline());
        if (!teaser.standfirst().isBlank()) {
            card.appendElement("p").addClass("standfirst").text(teaser.standfirst());
        }
        BylineMarkup.appendTo(card, teaser.byline(), teaser.publishedAt());
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
