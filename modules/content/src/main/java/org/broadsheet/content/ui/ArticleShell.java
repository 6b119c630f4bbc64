package org.broadsheet.content.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.broadsheet.content.MarkdownBody;
import org.broadsheet.content.PublishedArticle;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.shared.Site;
import org.jsoup.nodes.Document;

/**
 * Vaadin sends the first request for a page as an empty shell and fills it in from the browser. Link
 * previews and crawlers run no script, so for an article this writes its title, description, Open Graph and
 * schema.org data and a readable copy into that shell, and answers an unknown slug with a real 404.
 */
@ApplicationScoped
class ArticleShell {

    static final String PREFIX = "/articles/";

    @Inject
    PublishedArticles articles;

    @Inject
    Site site;

    void install(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::enrich);
    }

    private void enrich(IndexHtmlResponse response) {
        var path = Optional.ofNullable(response.getVaadinRequest().getPathInfo()).orElse("");
        if (!path.startsWith(PREFIX)) {
            return;
        }
        var slug = path.substring(PREFIX.length());
        var article = slug.isEmpty() || slug.contains("/") ? Optional.<PublishedArticle>empty() : articles.bySlug(slug);
        var document = response.getDocument();
        if (article.isEmpty()) {
            response.getVaadinResponse().setStatus(HttpServletResponse.SC_NOT_FOUND);
            document.title("Not found — " + site.name());
            return;
        }
        describe(document, article.get());
    }

    private void describe(Document document, PublishedArticle article) {
        document.title(article.headline() + " — " + site.name());
        var head = document.head();
        var description = article.standfirst().isBlank()
                ? MarkdownBody.toPlainText(article.bodyMarkdown(), 200) : article.standfirst();
        head.appendElement("meta").attr("name", "description").attr("content", description);
        head.appendElement("meta").attr("property", "og:type").attr("content", "article");
        head.appendElement("meta").attr("property", "og:title").attr("content", article.headline());
        head.appendElement("meta").attr("property", "og:description").attr("content", description);
        head.appendElement("meta").attr("property", "og:site_name").attr("content", site.name());
        head.appendElement("meta").attr("property", "article:published_time")
                .attr("content", String.valueOf(article.publishedAt()));
        var jsonLd = Json.createObjectBuilder()
                .add("@context", "https://schema.org")
                .add("@type", "NewsArticle")
                .add("headline", article.headline())
                .add("description", description)
                .add("datePublished", String.valueOf(article.publishedAt()))
                .add("author", Json.createObjectBuilder().add("@type", "Person").add("name", article.byline()))
                .build()
                .toString()
                .replace("</", "<\\/");
        head.appendElement("script").attr("type", "application/ld+json").appendChild(new org.jsoup.nodes.DataNode(jsonLd));
        // A copy for readers and robots without JavaScript; the live page replaces nothing of it.
        var copy = document.body().appendElement("noscript").appendElement("article");
        copy.appendElement("h1").text(article.headline());
        copy.appendElement("p").text(article.standfirst());
        copy.appendElement("div").html(article.bodyHtml());
    }
}
