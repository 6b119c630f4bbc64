package org.broadsheet.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every reading view, as a reader's browser shows it once Vaadin has taken over, in light and dark: axe finds no
 * serious or critical violation (contrast, names, landmarks, headings, language...).
 */
class AccessibilityIT extends OnSharedServer {

    /** A 404 stays the page its first response is: there is no view for Vaadin to take over with. */
    private static final String NOT_FOUND = "no-such-page";
    private static final List<String> READING_VIEWS = List.of("",
            "articles/seoul-and-tokyo-promise-a-thaw-and-the-region-takes-note",
            "articles/why-port-cities-are-betting-on-electric-ferries", "sections/analysis",
            "topics/east-asia", "authors/elena-marsh", "speakers/park-ji-won", "search?q=trade", "search",
            NOT_FOUND);


    @ParameterizedTest
    @EnumSource(value = ColorScheme.class, names = {"LIGHT", "DARK"})
    void axe_finds_nothing_serious_on_any_reading_view(ColorScheme scheme) {
        // The checker's script is added to the page, which the site's Content-Security-Policy would rightly refuse.
        asNewVisitor(new Browser.NewContextOptions().setColorScheme(scheme).setBypassCSP(true), context -> {
            var page = context.newPage();
            for (var path : READING_VIEWS) {
                page.navigate(server.url(path));
                if (!path.equals(NOT_FOUND)) {
                    page.waitForFunction("() => !document.getElementById('first-response')");
                }
                assertThat(Axe.seriousViolations(page)).as("/" + path + " (" + scheme + ")").isEmpty();
            }
        });
    }
}
