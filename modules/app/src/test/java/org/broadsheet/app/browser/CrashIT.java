package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.broadsheet.shared.Slug;
import org.broadsheet.shared.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the site has acknowledged survives its process being killed at once ({@code kill -9}) on the default
 * embedded database. Each kind of write is made through the real site, confirmed on the page, and is the last
 * thing done before the kill, since a write that is only delayed is lost only when the kill follows it closely:
 * an article an editor publishes and one they schedule (it must still go out, even when its time comes while
 * the server is down), five guest comments, then two moderation decisions. The kill comes as soon
 * as the page has shown the acknowledgement, as in the report that found writes missing.
 */
class CrashIT {

    @RegisterExtension
    static final OwnServer own = new OwnServer();

    @Test
    void every_acknowledged_write_is_there_after_the_process_is_killed_and_restarted() throws Exception {
        var headline = "Night ferry returns to the islands " + unique();
        var scheduledHeadline = "Tide tables for the new year " + unique();
        // The schedule is set to the minute: the next whole minute at least fifteen seconds away. It falls while
        // the server is down or restarting, and the article must still go out once the server is back.
        var due = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(75).truncatedTo(ChronoUnit.MINUTES);
        var addresses = as("editor", editor -> {
            var published = publish(editor, headline);
            var scheduled = schedule(editor, scheduledHeadline, due);
            own.server().crash();
            return List.of(published, scheduled);
        });
        var article = addresses.get(0);
        own.server().restart();
        as(null, reader -> {
            var response = reader.navigate(own.server().url(article));
            assertEquals(200, response.status(), "the published article answers at its address");
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(headline))).isVisible();
            return null;
        });

        var authors = new ArrayList<String>();
        for (int i = 1; i <= 5; i++) {
            authors.add("Islander " + i + " " + unique());
        }
        as(null, reader -> {
            postComments(reader, article, authors);
            own.server().crash();
            return null;
        });
        own.server().restart();
        as("editor", editor -> {
            editor.navigate(own.server().url("admin/comments"));
            authors.forEach(author -> assertThat(approveButton(editor, author)).isVisible());
            return null;
        });

        var approved = authors.get(3);
        var rejected = authors.get(4);
        as("editor", editor -> {
            editor.navigate(own.server().url("admin/comments"));
            approveButton(editor, approved).click();
            assertThat(editor.getByText("Approved: the comment by " + approved)).isVisible();
            // The queue shows the rows again without it before the next click: a click on a row being replaced is lost.
            assertThat(approveButton(editor, approved)).hasCount(0);
            // Chosen in the queue and rejected from the keyboard, as a moderator going through it does.
            editor.locator("vaadin-grid-cell-content").getByText(rejected).first().click();
            assertThat(editor.locator(".current-comment")).containsText(rejected);
            editor.keyboard().press("r");
            assertThat(editor.getByText("Rejected: the comment by " + rejected)).isVisible();
            own.server().crash();
            return null;
        });
        own.server().restart();
        as("editor", editor -> {
            editor.navigate(own.server().url("admin/comments"));
            assertThat(approveButton(editor, authors.get(0))).isVisible();
            assertThat(approveButton(editor, approved)).hasCount(0);
            assertThat(approveButton(editor, rejected)).hasCount(0); // a rejected comment stays decided
            return null;
        });
        as(null, reader -> {
            reader.navigate(own.server().url(article));
            var byName = new Locator.GetByTextOptions().setExact(true);
            assertThat(reader.locator(".comments").getByText(approved, byName)).isVisible();
            assertThat(reader.locator(".comments").getByText(rejected, byName)).hasCount(0);
            return null;
        });
        assertPublishedSoonAfter(addresses.get(1), scheduledHeadline, due);
    }

    /** Sends a new article for review, then schedules it for {@code due} (UTC); its address once that is shown. */
    private static String schedule(Page editor, String headline, LocalDateTime due) {
        var address = write(editor, headline);
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send for review")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("In review");
        editor.getByLabel("Publication date (UTC)").fill(due.toLocalDate().toString());
        editor.getByLabel("Publication date (UTC)").press("Enter");
        editor.getByLabel("Publication time (UTC)").fill(due.toLocalTime().toString());
        editor.getByLabel("Publication time (UTC)").press("Enter");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Schedule")).click();
        assertThat(editor.getByRole(AriaRole.STATUS)).hasText("Scheduled for " + Dateline.minute(due.toInstant(ZoneOffset.UTC)));
        return address;
    }

    /** Waits (bounded) for a scheduled article to answer at its address, as a reader would see it. */
    private static void assertPublishedSoonAfter(String address, String headline, LocalDateTime due) {
        as(null, reader -> {
            var response = reader.navigate(own.server().url(address));
            // The timers wait out a deployment's first twenty seconds (BackgroundWork), then look every ten: counted
            // from now (the server is up again) or from the due time, whichever is later, since a slow machine's
            // restarts can outlast the wait.
            var from = Instant.now().isAfter(due.toInstant(ZoneOffset.UTC)) ? Instant.now() : due.toInstant(ZoneOffset.UTC);
            var giveUp = from.plusSeconds(90);
            while (response.status() == 404 && Instant.now().isBefore(giveUp)) {
                reader.waitForTimeout(1_000);
                response = reader.navigate(own.server().url(address));
            }
            assertEquals(200, response.status(), "the scheduled article went out, though the server had been down");
            assertThat(reader.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(headline))).isVisible();
            return null;
        });
    }

    /** Creates and publishes an article; its address once "Published" is shown. */
    private static String publish(Page editor, String headline) {
        var address = write(editor, headline);
        ArticleForm.publish(editor);
        return address;
    }

    /** Fills in a new article's form (not saved yet); returns the address it will have. */
    private static String write(Page editor, String headline) {
        var slug = ArticleForm.write(editor, own.server(), headline,
                "The crossing that stopped in the winter storms runs again from tonight.",
                "The first sailing left at eleven, half full.");
        assertEquals(Slug.from(headline).value(), slug, "the slug follows the headline as typed");
        return "articles/" + slug;
    }

    /** One reader posts a comment per author, each answered "awaits moderation" before the next. */
    private static void postComments(Page reader, String article, List<String> authors) {
        reader.navigate(own.server().url(article));
        for (var author : authors) {
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Leave a comment")).click();
            reader.getByLabel("Name").fill(author);
            reader.getByLabel("Email").fill("islander@example.org");
            reader.getByLabel("Comment").fill("Glad to have it back, " + author + ".");
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
            assertThat(reader.getByRole(AriaRole.STATUS)).containsText("awaits moderation");
        }
    }

    private static Locator approveButton(Page editor, String author) {
        return editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the comment by " + author));
    }

    /** A visit in a browser of its own, signed in as {@code user} unless it is null; closed afterwards. */
    private static <T> T as(String user, Function<Page, T> visit) {
        BrowserContext context = own.browser().newContext();
        context.setDefaultTimeout(20_000);
        try {
            var page = context.newPage();
            if (user != null) {
                page.navigate(own.server().url("login"));
                page.getByLabel("Username").fill(user);
                page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                        .fill(BroadsheetServer.PASSWORDS.get(user));
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
                page.waitForURL(url -> !url.contains("/login"));
            }
            return visit.apply(page);
        } finally {
            context.close();
        }
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
