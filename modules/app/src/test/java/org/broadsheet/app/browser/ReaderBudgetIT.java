package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A server whose reader budget is small enough to fill: once it is full, the longest-idle anonymous reader
 * is let go first, and a signed-in editor never is, however long idle.
 */
class ReaderBudgetIT {

    static final int BUDGET = 8;

    @RegisterExtension
    static final OwnServer own = new OwnServer("-Dbroadsheet.readers.budget=" + BUDGET);

    @Test
    void the_longest_idle_readers_go_first_and_signed_in_staff_stay() throws Exception {
        var editorContext = own.browser().newContext();
        try {
            var editor = editorContext.newPage();
            editor.navigate(own.server().url("login"));
            editor.getByLabel("Username").fill("editor");
            editor.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(BroadsheetServer.PASSWORDS.get("editor"));
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            editor.waitForURL(Pattern.compile(".*/admin$"));

            var readers = new ArrayList<Reader>();
            for (int i = 0; i < BUDGET - 1; i++) {
                readers.add(Reader.arrive(own.server()));
            }
            var first = readers.get(0);
            var second = readers.get(1);
            // The container dates a session by the start of its previous request, so it takes two.
            first.stillReading();
            first.stillReading(); // the second reader is now the one idle longest

            for (int i = 0; i < 4; i++) {
                readers.add(Reader.arrive(own.server()));
            }

            assertThat(second.stillReading()).as("the longest-idle reader was let go").isEqualTo(403);
            assertThat(first.stillReading()).as("a reader active since is kept").isEqualTo(200);
            assertThat(readers.getLast().stillReading()).as("the newest reader").isEqualTo(200);
            // The editor signed in before every reader and has been idle ever since.
            editor.navigate(own.server().url("admin/articles"));
            assertThat(editor).hasURL(Pattern.compile(".*/admin/articles$"));
            assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Articles"))).isVisible();
        } finally {
            editorContext.close();
        }
    }

    /** An anonymous reader whose page started a Vaadin UI; its session is its own cookie jar. */
    private record Reader(HttpClient http, BroadsheetServer server) {

        static Reader arrive(BroadsheetServer server) throws IOException, InterruptedException {
            var reader = new Reader(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), server);
            var init = reader.send(HttpRequest.newBuilder(server.uri("?v-r=init&location="
                    + ReadingPagesIT.ARTICLE.replace("/", "%2F") + "&query=")).GET());
            assertThat(init.statusCode()).isEqualTo(200);
            assertThat(init.body()).contains("\"v-uiId\":0");
            Thread.sleep(20); // sessions remember when they were last used to the millisecond
            return reader;
        }

        /** The heartbeat an open tab sends: 200 while the reader's session lives, 403 once it is gone. */
        int stillReading() throws IOException, InterruptedException {
            var status = send(HttpRequest.newBuilder(server.uri("?v-r=heartbeat&v-uiId=0"))
                    .POST(HttpRequest.BodyPublishers.noBody())).statusCode();
            Thread.sleep(20);
            return status;
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
