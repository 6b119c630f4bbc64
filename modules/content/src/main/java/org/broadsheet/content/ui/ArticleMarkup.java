package org.broadsheet.content.ui;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.time.Instant;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.shared.ui.MarkupCache;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article as readers see it (headline, standfirst, byline and date, body, topics), rendered once per
 * version and shared by every reader's page. Text goes in as text, so markup in a headline is shown, not
 * run; the body was sanitized when it was saved.
 */
@ApplicationScoped
class ArticleMarkup {

    private record Version(long articleId, Instant updatedAt) {
    }

    private final MarkupCache<Version, String> rendered = new MarkupCache<>(Duration.ofMinutes(10), 1_000);

    String of(PublishedArticle article) {
        return rendered.get(new Version(article.id(), article.updatedAt()), () -> render(article));
    }

    private static String render(PublishedArticle article) {
        var document = new Document("");
        document.outputSettings().prettyPrint(false);
        var root = document.appendElement("article").addClass("article");
        var header = root.appendElement("header").addClass("article-header");
        header.appendElement("h1").text(article.headline());
        if (!article.standfirst().isBlank()) {
            header.appendElement("p").addClass("standfirst").text(article.standfirst());
        }
        BylineMarkup.appendTo(header, article.byline(), article.publishedAt());
        root.appendElement("div").addClass("article-body").append(article.bodyHtml());
        if (!article.topics().isEmpty()) {
            Element topics = root.appendElement("ul").addClass("topics").attr("aria-label", "Topics");
            article.topics().forEach(topic ->
                    ArticleLists.readingLink(topics.appendElement("li"), "topics/" + topic.slug(), topic.name()));
        }
        return root.outerHtml();
    }

    // Before the first-response cache renders pages again from this one (lower priority runs first).
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            ArticlesChanged change) {
        rendered.clear();
    }
}
