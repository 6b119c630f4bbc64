package org.broadsheet.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A first start on the embedded database, as a newcomer's laptop sees it: the reader's password is not
 * configured, so it is generated and written to a file only its owner can read, never to a log.
 */
class FirstStartIT {

    private static BroadsheetServer server;

    @BeforeAll
    static void firstStart() throws Exception {
        var configured = Map.of("admin", BroadsheetServer.PASSWORDS.get("admin"),
                "editor", BroadsheetServer.PASSWORDS.get("editor"));
        server = BroadsheetServer.startWithPasswords(configured);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_generated_password_is_in_an_owner_only_file_that_the_log_names_and_in_no_log() throws Exception {
        var file = server.dataFolder().resolve("demo-passwords.txt");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var lines = Files.readAllLines(file).stream().filter(line -> !line.startsWith("#")).toList();
        assertThat(lines).singleElement().asString().startsWith("reader=");
        var password = lines.getFirst().substring("reader=".length());
        assertThat(password).hasSizeGreaterThanOrEqualTo(20);
        var log = Files.readString(server.log(), StandardCharsets.ISO_8859_1);
        assertThat(log).contains("are in " + file + " (readable by its owner only").doesNotContain(password);
        try (var files = Files.walk(server.serverFolder())) {
            files.filter(Files::isRegularFile).filter(path -> path.getFileName().toString().contains("log"))
                    .forEach(logFile -> assertThat(read(logFile)).as(logFile.toString()).doesNotContain(password));
        }

        try (var chromium = Chromium.launch(); var context = chromium.browser.newContext()) {
            var reader = context.newPage();
            reader.navigate(server.url("login"));
            reader.getByLabel("Username").fill("reader");
            reader.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
            reader.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
            reader.waitForURL(url -> !url.contains("/login"));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
