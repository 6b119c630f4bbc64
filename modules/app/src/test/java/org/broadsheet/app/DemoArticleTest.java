package org.broadsheet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.broadsheet.content.MarkdownBody;
import org.junit.jupiter.api.Test;

class DemoArticleTest {

    @Test
    void a_demo_article_has_a_header_then_its_body() {
        var article = DemoArticle.parse("""
                Headline: A headline: with a colon
                Standfirst: The short version.
                Topics: East Asia, Diplomacy
                ---
                First paragraph.
                """);

        assertThat(article.headline()).isEqualTo("A headline: with a colon");
        assertThat(article.standfirst()).isEqualTo("The short version.");
        assertThat(article.topics()).containsExactly("East Asia", "Diplomacy");
        assertThat(article.body()).isEqualTo("First paragraph.");
    }

    @Test
    void a_file_without_the_separator_is_refused() {
        assertThatThrownBy(() -> DemoArticle.parse("Headline: x\nno separator")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_demo_articles_are_complete_and_one_quotes_two_people_with_their_roles() {
        var quotesByArticle = DemoContent.ARTICLES.stream().map(DemoArticle::read).map(article -> {
            assertThat(article.headline()).isNotBlank();
            assertThat(article.standfirst()).isNotBlank();
            assertThat(article.topics()).isNotEmpty();
            var html = MarkdownBody.toHtml(article.body());
            return Pattern.compile("<figcaption><cite>[^<]+</cite>, [^<]+</figcaption>").matcher(html).results().count();
        }).toList();

        assertThat(quotesByArticle).hasSize(3).contains(2L);
    }
}
