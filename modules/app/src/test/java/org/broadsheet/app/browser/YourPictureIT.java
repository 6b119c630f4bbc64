package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.broadsheet.app.it.Photographs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A reader's own picture: chosen on their account page (checked as the newsroom's pictures are), shown beside their
 * comments to everyone, replaced or taken away, and gone with the account.
 */
class YourPictureIT extends OnSharedServer {

    private static final String ARTICLE = "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note";
    private static final String PASSWORD = "lighthouse meadow copper rain";
    private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\">";

    @Test
    void a_reader_chooses_a_picture_readers_see_beside_their_comments_and_it_goes_when_they_do() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var name = "Pia Picture " + tag;
        var email = "pia." + tag + "@example.com";
        var words = "A face to the name " + tag + ".";
        asNewVisitor(new Browser.NewContextOptions(), browser -> asNewVisitor(new Browser.NewContextOptions(), desk -> {
            browser.setDefaultTimeout(20_000);
            desk.setDefaultTimeout(20_000);
            var page = browser.newPage();
            Readers.registered(page, server, mailbox(), name, email, PASSWORD);
            Readers.signIn(page, server, email, PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));

            page.navigate(server.url("account"));
            var file = page.locator(".portrait-section vaadin-upload input[type=file]");
            var problem = page.locator(".portrait-section .form-problem");
            var preview = page.locator(".portrait-section img.portrait-preview");
            file.setInputFiles(new FilePayload("me.jpg", "image/jpeg", HOSTILE.getBytes(StandardCharsets.UTF_8)));
            assertThat(problem).hasText("Upload a JPEG or PNG image; this file is neither.");
            file.setInputFiles(new FilePayload("me.jpg", "image/jpeg", new byte[9 * 1024 * 1024]));
            assertThat(problem).containsText("upload a JPEG or PNG of at most 8 MB.");
            file.setInputFiles(new FilePayload("me.png", "image/png", Photographs.of(100, 100, "png")));
            assertThat(problem).hasText("The image is 100 pixels wide; a picture needs at least 128 to look sharp on a phone.");
            assertThat(preview).isHidden();
            file.setInputFiles(new FilePayload("me.jpg", "image/jpeg", Photographs.jpeg(1200, 1600)));
            assertThat(preview).isVisible();
            assertThat(problem).isHidden();
            assertThat(naturalWidth(preview)).as("kept small: it is shown small").isEqualTo(480);

            page.navigate(server.url(ARTICLE));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            page.getByLabel("Comment").fill(words);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("awaits moderation");
            var editor = signedIn(desk, "editor");
            editor.navigate(server.url("admin/comments"));
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the comment by " + name)).click();
            assertThat(editor.getByText("Approved: the comment by " + name)).isVisible();

            // What every reader gets, in the first response, before any script runs.
            var first = portraitBeside(words);
            assertThat(first.attr("alt")).isEmpty();
            var fetched = fetch(first.attr("src"));
            assertThat(fetched.statusCode()).as("anyone may fetch it").isEqualTo(200);
            assertThat(fetched.headers().firstValue("Cache-Control")).as("but keep it only a while: it may be taken back")
                    .hasValue("public, max-age=3600");

            page.navigate(server.url("account"));
            file.setInputFiles(new FilePayload("me.png", "image/png", Photographs.of(300, 300, "png")));
            assertThat(preview).hasAttribute("src", java.util.regex.Pattern.compile(".*/300\\.png$"));
            var second = portraitBeside(words);
            assertThat(second.attr("src")).endsWith("/300.png");
            assertThat(fetch(first.attr("src")).statusCode()).as("the one replaced is deleted").isEqualTo(404);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove picture")).click();
            assertThat(preview).isHidden();
            assertThat(comment(words).select("img")).isEmpty();
            assertThat(fetch(second.attr("src")).statusCode()).isEqualTo(404);

            file.setInputFiles(new FilePayload("me.jpg", "image/jpeg", Photographs.jpeg(600, 600)));
            assertThat(preview).isVisible();
            var last = portraitBeside(words);
            page.getByLabel("Your password, to confirm").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete my account")).click();
            page.waitForURL(server.url(""));
            assertThat(comment(words).select("img")).as("gone with the account").isEmpty();
            assertThat(fetch(last.attr("src")).statusCode()).isEqualTo(404);
        }));
    }

    private static Element comment(String words) {
        var page = Jsoup.parse(fetchText(ARTICLE));
        return page.select("#first-response article.comment").stream()
                .filter(comment -> comment.text().contains(words))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no comment saying " + words));
    }

    private static Element portraitBeside(String words) {
        var image = comment(words).selectFirst("img.comment-portrait");
        assertThat(image).as("a picture beside the comment").isNotNull();
        return image;
    }

    private static int naturalWidth(Locator image) {
        image.evaluate("img => img.decode()");
        return ((Number) image.evaluate("img => img.naturalWidth")).intValue();
    }
}
