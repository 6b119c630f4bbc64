package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.broadsheet.app.it.Photographs;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * An editor opens an article with a picture through the form (a file that is not a picture refused with its
 * reason); readers see it at the size their screen needs, link previews and search engines are given it, and the
 * file is served for browsers to keep.
 */
class HeroPicturesIT extends OnSharedServer {

    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";

    @Test
    void an_editor_opens_an_article_with_a_picture_and_readers_and_link_previews_get_it() throws Exception {
        var headline = "Cranes arrive at the quay " + UUID.randomUUID().toString().substring(0, 6);
        var slug = new String[1];
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            slug[0] = ArticleForm.write(editor, server, headline, "Three cranes came by sea.", "They came from Shanghai.");
            var file = editor.locator("vaadin-upload input[type=file]");
            var problem = editor.locator(".hero-panel .form-problem");

            file.setInputFiles(new FilePayload("quay.jpg", "image/jpeg", HOSTILE.getBytes(StandardCharsets.UTF_8)));
            assertThat(problem).hasText("Upload a JPEG or PNG image; this file is neither.");

            file.setInputFiles(new FilePayload("quay.jpg", "image/jpeg", Photographs.jpeg(2000, 1125)));
            var preview = editor.locator("img.hero-preview");
            assertThat(preview).isVisible();
            assertThat(problem).isHidden();
            assertThat(naturalWidth(preview)).as("staff see the picture before it is published").isEqualTo(480);

            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
            assertThat(editor.getByText("Describe the image for readers who cannot see it")).isVisible();
            editor.getByLabel("Description for readers who cannot see it").fill("Three cranes on a ship " + HOSTILE);
            editor.getByLabel("Caption").fill("The cranes at dawn. " + HOSTILE);
            editor.getByLabel("Credit").fill("Photograph: Ana Ruiz/Broadsheet");
            ArticleForm.publish(editor);

            // A reader of their own, not signed in.
            var reader = browser.newPage();
            try {
                reader.navigate(server.url("articles/" + slug[0]));
                var picture = reader.locator("article figure.hero img");
                assertThat(picture).isVisible();
                assertThat(naturalWidth(picture)).isGreaterThanOrEqualTo(480);
                assertThat(picture).hasAttribute("alt", "Three cranes on a ship " + HOSTILE);
                assertThat(reader.locator("article figure.hero figcaption"))
                        .hasText("The cranes at dawn. " + HOSTILE + " Photograph: Ana Ruiz/Broadsheet");
                assertThat(reader.locator("article figure.hero figcaption img")).hasCount(0);
                assertThat(reader.evaluate("() => window.pwned === undefined")).isEqualTo(true);
            } finally {
                reader.close();
            }
        });

        var page = Jsoup.parse(fetchText("articles/" + slug[0]));
        var largest = server.url("images/");
        var image = page.select("meta[property=og:image]").attr("content");
        assertThat(image).startsWith(largest).endsWith("/1600.jpg");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1600");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("900");
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo(image);
        var data = JsonMapper.builder().build().readTree(page.select("script[type=application/ld+json]").first().data());
        assertThat(data.get(0).get("image").get(0).asString()).isEqualTo(image);
        var hero = page.select("#first-response figure.hero img");
        assertThat(hero.attr("srcset")).contains("480.jpg 480w", "960.jpg 960w", "1600.jpg 1600w");
        assertThat(hero.attr("width")).isEqualTo("1600");

        var lead = Jsoup.parse(fetchText("")).select("#first-response .teaser.lead").first();
        assertThat(lead.select("h2 a").attr("href")).as("the newest article leads the front page").isEqualTo("articles/" + slug[0]);
        assertThat(lead.select("img.lead-picture").attr("srcset")).contains("480.jpg 480w", "1600.jpg 1600w");

        var answer = fetch(image.substring(server.url("").length()));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        assertThat(ImageIO.read(new ByteArrayInputStream(answer.body())).getWidth()).isEqualTo(1600);
        var again = HttpClient.newHttpClient().send(HttpRequest.newBuilder(java.net.URI.create(image))
                .header("If-None-Match", answer.headers().firstValue("ETag").orElseThrow()).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(again.statusCode()).as("a browser that has it is told so").isEqualTo(304);
        assertThat(fetch("images/1/7.jpg").statusCode()).isEqualTo(404);
        assertThat(fetch("images/none.jpg").statusCode()).isEqualTo(404);
    }

    @Test
    void an_author_puts_a_photograph_on_their_page_and_readers_see_it() {
        asNewVisitor(new Browser.NewContextOptions(), context -> {
            context.setDefaultTimeout(20_000);
            var editor = signedIn(context, "editor");
            editor.navigate(server.url("admin/author-page"));
            editor.locator("vaadin-upload input[type=file]").setInputFiles(
                    new FilePayload("me.png", "image/png", Photographs.of(600, 800, "png")));
            var preview = editor.locator("img.portrait-preview");
            assertThat(preview).isVisible();
            var src = new String[1];
            try {
                var page = Jsoup.parse(fetchText("authors/elena-marsh"));
                var portrait = page.select("#first-response img.portrait");
                src[0] = portrait.attr("src");
                assertThat(portrait.attr("alt")).isEqualTo("Elena Marsh");
                assertThat(portrait.attr("srcset")).contains("480.png 480w", "600.png 600w");
                assertThat(page.select("meta[property=og:image]").attr("content")).endsWith("/600.png");
                assertThat(fetch(portrait.attr("src")).statusCode()).isEqualTo(200);
            } finally {
                editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove photo")).click();
                assertThat(preview).isHidden();
            }
            assertThat(Jsoup.parse(fetchText("authors/elena-marsh")).select("img.portrait")).isEmpty();
            assertThat(fetch(src[0]).statusCode()).as("taken off the page, the file is not public any more").isEqualTo(404);
        });
    }

    @Test
    void the_demo_content_opens_the_ferries_article_with_its_picture() {
        var page = Jsoup.parse(fetchText("articles/why-port-cities-are-betting-on-electric-ferries"));
        var hero = page.select("#first-response figure.hero");
        assertThat(hero.select("img").attr("alt")).contains("charging mast");
        assertThat(hero.select("figcaption .credit").text()).isEqualTo("Illustration: the Broadsheet demo");
        assertThat(fetch(hero.select("img").attr("src")).statusCode()).isEqualTo(200);
    }

    private static int naturalWidth(Locator image) {
        image.evaluate("img => img.decode()");
        return ((Number) image.evaluate("img => img.naturalWidth")).intValue();
    }
}
