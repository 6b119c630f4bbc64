package org.broadsheet.app.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * "Keep me signed in": a browser whose session ended (closed, timed out, or the server restarted) comes back
 * signed in, with a new cookie each time; a copied cookie betrays itself; signing out, here or everywhere, ends it.
 */
class KeepSignedInIT extends OnSharedServer {

    private static final String COOKIE = "broadsheet-remember";
    /** The first start's reader: what happens to their kept browsers and sessions here ends with each test. */
    private static final String READER = "reader";

    /** Longer than a page load's requests may share one cookie (RememberedDevices.SAME_PAGE_LOAD). */
    private static final double AFTER_THE_PAGE_LOAD_MS = 11_000;

    @Test
    void a_kept_browser_comes_back_signed_in_with_a_new_cookie_and_a_copied_cookie_ends_everything() {
        asNewVisitor(new Browser.NewContextOptions(), laptop -> {
            laptop.setDefaultTimeout(20_000);
            var page = laptop.newPage();
            signIn(page, true);
            var first = remembered(laptop).orElseThrow(() -> new AssertionError("no cookie: " + laptop.cookies()));
            assertTrue(first.httpOnly, "scripts cannot read it");

            endSession(laptop);
            // A reading page, which shared caches may keep for anonymous readers: not this answer.
            var front = page.navigate(server.url(""));
            assertEquals("private, no-cache", front.headerValue("cache-control"),
                    "it carries this browser's new cookies");
            page.navigate(server.url("account"));
            assertSignedIn(page);
            var second = remembered(laptop).orElseThrow().value;
            assertNotEquals(first.value, second, "a new secret each time it signs the browser in");

            // Someone copies the cookie and uses it first; the owner's browser then comes back with it, used.
            asNewVisitor(new Browser.NewContextOptions(), thief -> {
                thief.addCookies(List.of(copyOf(remembered(laptop).orElseThrow())));
                var stolen = thief.newPage();
                stolen.navigate(server.url("account"));
                assertSignedIn(stolen);

                page.waitForTimeout(AFTER_THE_PAGE_LOAD_MS);
                endSession(laptop);
                page.navigate(server.url("account"));
                assertThat(page).hasURL(Pattern.compile(".*/login.*"));
                assertTrue(remembered(laptop).isEmpty(), "the used cookie is dropped");
                stolen.navigate(server.url("account"));
                assertThat(stolen).hasURL(Pattern.compile(".*/login.*"));
                endSession(thief);
                stolen.navigate(server.url("account"));
                assertThat(stolen).hasURL(Pattern.compile(".*/login.*"));
            });
        });
    }

    @Test
    void signing_out_here_or_everywhere_forgets_kept_browsers_and_unticked_keeps_none() {
        asNewVisitor(new Browser.NewContextOptions(), laptop -> asNewVisitor(new Browser.NewContextOptions(), phone -> {
            laptop.setDefaultTimeout(20_000);
            phone.setDefaultTimeout(20_000);
            var page = laptop.newPage();
            signIn(page, false);
            assertTrue(remembered(laptop).isEmpty(), "kept only when asked");

            endSession(laptop);
            signIn(page, true);
            page.navigate(server.url("account"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out").setExact(true)).click();
            page.waitForURL(server.url(""));
            assertTrue(remembered(laptop).isEmpty(), "signing out takes the cookie away");

            var phonePage = phone.newPage();
            signIn(phonePage, true);
            var kept = remembered(phone).orElseThrow();
            signIn(page, false);
            page.navigate(server.url("account"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out everywhere")).click();
            page.waitForURL(server.url(""));

            // The phone's session ended; its cookie, still in the browser, signs nobody in.
            phonePage.navigate(server.url("account"));
            assertThat(phonePage).hasURL(Pattern.compile(".*/login.*"));
            endSession(phone);
            phone.addCookies(List.of(copyOf(kept)));
            phonePage.navigate(server.url("account"));
            assertThat(phonePage).hasURL(Pattern.compile(".*/login.*"));
        }));
    }

    private static void signIn(Page page, boolean keep) {
        page.navigate(server.url("login"));
        page.getByLabel("Email or username").fill(READER);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(BroadsheetServer.PASSWORDS.get(READER));
        if (keep) {
            page.getByLabel("Keep me signed in on this device").check();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static void assertSignedIn(Page page) {
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your account").setExact(true)))
                .isVisible();
    }

    private static Optional<Cookie> remembered(BrowserContext browser) {
        return browser.cookies().stream().filter(cookie -> cookie.name.equals(COOKIE)).findFirst();
    }

    /** As if the browser had been closed: every cookie but the remembered one gone. */
    private static void endSession(BrowserContext browser) {
        var kept = remembered(browser);
        browser.clearCookies();
        kept.ifPresent(cookie -> browser.addCookies(List.of(copyOf(cookie))));
        assertEquals(kept.isPresent() ? 1 : 0, browser.cookies().size());
    }

    private static Cookie copyOf(Cookie cookie) {
        return new Cookie(cookie.name, cookie.value).setUrl(server.url(""));
    }
}
