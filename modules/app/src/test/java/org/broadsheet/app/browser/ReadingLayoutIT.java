package org.broadsheet.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reading pages on a 360-pixel phone and in a reader's dark setting: nothing wider than the screen (no sideways
 * scrolling), and dark pages when the system asks for them.
 */
class ReadingLayoutIT extends OnSharedServer {

    private static final List<String> READING_PAGES = List.of("", "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note",
            "articles/why-port-cities-are-betting-on-electric-ferries",
            "sections/analysis", "topics/east-asia", "authors/elena-marsh", "speakers/park-ji-won", "search?q=trade");

    @Test
    void every_reading_page_fits_a_360_pixel_screen() {
        asNewVisitor(new Browser.NewContextOptions().setViewportSize(360, 740), context -> {
            var page = context.newPage();
            for (var path : READING_PAGES) {
                page.navigate(server.url(path));
                page.waitForFunction("() => !document.getElementById('first-response')");
                var overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
                assertThat(((Number) overflow).intValue()).as("sideways scrolling on /" + path).isLessThanOrEqualTo(0);
            }
            page.navigate(server.url(READING_PAGES.get(1)));
            assertThat(page.evaluate("() => getComputedStyle(document.querySelector('article h1')).fontSize"))
                    .as("a phone's headline is set smaller (1.7 rem)").isEqualTo("27.2px");
        });
    }

    @Test
    void pages_follow_the_readers_dark_setting() {
        asNewVisitor(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK), context -> {
            var page = context.newPage();
            page.navigate(server.url(READING_PAGES.get(1)));
            var background = page.evaluate("() => getComputedStyle(document.documentElement).backgroundColor");
            var text = page.evaluate("() => getComputedStyle(document.querySelector('h1')).color");
            assertThat(background).isEqualTo("rgb(22, 21, 20)");
            assertThat(text).isEqualTo("rgb(236, 232, 225)");
        });
        asNewVisitor(new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT), context -> {
            var page = context.newPage();
            page.navigate(server.url(READING_PAGES.get(1)));
            assertThat(page.evaluate("() => getComputedStyle(document.documentElement).backgroundColor"))
                    .isEqualTo("rgb(255, 255, 255)");
        });
    }
}
