package org.broadsheet.content.ui;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.EditorsNote;
import org.broadsheet.content.Hero;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Dateline;
import org.broadsheet.shared.ui.MarkupCache;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article as readers see it (headline, standfirst, byline and date, body, corrections, topics, related
 * articles), rendered once per version and shared by every reader's page. Text goes in as text, so markup in a headline is shown, not
 * run; the body was sanitized when it was saved.
 */
@ApplicationScoped
class ArticleMarkup {

    private record Version(long articleId, Instant updatedAt) {
    }

    /** How many related articles an article lists. */
    static final int RELATED = 4;

    private final MarkupCache<Version, String> rendered = new MarkupCache<>(Duration.ofMinutes(10), 1_000);

    @Inject
    PublishedArticles articles;

    String of(PublishedArticle article) {
        return rendered.get(new Version(article.id(), article.updatedAt()), () -> render(article));
    }

    private String render(PublishedArticle article) {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var root = document.appendElement("article").addClass("article");
        var header = root.appendElement("header").addClass("article-header");
        ArticleLists.readingLink(header.appendElement("p").addClass("section-link"),
                "sections/" + article.section().slug(), article.section().name());
        header.appendElement("h1").text(article.headline());
        if (!article.standfirst().isBlank()) {
            header.appendElement("p").addClass("standfirst").text(article.standfirst());
        }
        BylineMarkup.appendTo(header, article.bylines(), article.publishedAt())
                .appendElement("span").addClass("reading-time").text(" · " + article.readingMinutes() + " min read");
        if (article.hero() != null) {
            appendHero(root, article.hero());
        }
        root.appendElement("div").addClass("article-body").append(article.bodyHtml());
        if (!article.notes().isEmpty()) {
            appendNotes(root, article.notes());
        }
        if (!article.topics().isEmpty()) {
            Element topics = root.appendElement("ul").addClass("topics").attr("aria-label", "Topics");
            article.topics().forEach(topic ->
                    ArticleLists.readingLink(topics.appendElement("li"), "topics/" + topic.slug(), topic.name()));
        }
        var related = articles.related(article.id(), RELATED);
        if (!related.isEmpty()) {
            var aside = root.appendElement("aside").addClass("related").attr("aria-labelledby", "related-articles");
            aside.appendElement("h2").id("related-articles").text("Related articles");
            var list = aside.appendElement("ul");
            related.forEach(teaser -> ArticleLists.readingLink(list.appendElement("li"), "articles/" + teaser.slug(),
                    teaser.headline()));
        }
        return root.outerHtml();
    }

    /** The opening picture, with its caption and credit set as text. */
    private static void appendHero(Element article, Hero hero) {
        var figure = article.appendElement("figure").addClass("hero");
        PictureMarkup.appendImg(figure, hero);
        var caption = figure.appendElement("figcaption");
        if (!hero.caption().isEmpty()) {
            caption.appendElement("span").addClass("caption").text(hero.caption());
            caption.appendText(" ");
        }
        caption.appendElement("span").addClass("credit").text(hero.credit());
    }

    /** Corrections and updates, dated, each saying so if its wording was changed since. */
    private static void appendNotes(Element article, List<EditorsNote> notes) {
        var section = article.appendElement("section").addClass("article-notes").attr("aria-labelledby", "article-notes");
        section.appendElement("h2").id("article-notes").text("Corrections and updates");
        var list = section.appendElement("ol");
        for (var note : notes) {
            var item = list.appendElement("li").addClass(note.kind().name().toLowerCase(Locale.ROOT));
            var text = item.appendElement("p");
            text.appendElement("strong").text(note.kind().label() + ", ")
                    .appendElement("time").attr("datetime", note.notedAt().toString()).text(Dateline.day(note.notedAt()));
            text.appendText(": " + note.text());
            if (note.amendedAt() != null) {
                item.appendElement("p").addClass("amended").text("This note was amended on ")
                        .appendElement("time").attr("datetime", note.amendedAt().toString())
                        .text(Dateline.day(note.amendedAt()));
            }
        }
    }

    // Before the first-response cache renders pages again from this one (lower priority runs first). Any change
    // counts, not only this article's: its related articles are others.
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            ArticlesChanged change) {
        rendered.clear();
    }
}
