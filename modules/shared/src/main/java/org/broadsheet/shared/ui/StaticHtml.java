package org.broadsheet.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NavigationTrigger;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * HTML that every reader of a page shares: an article's text, a page of comments, the masthead. The
 * server keeps one string for all readers (callers pass the same instance) instead of a component tree per
 * reader, which is what keeps a reader's UI small.
 * <p>
 * The first response already carries this HTML (see {@link FirstResponseHtml}). On the page load that
 * brought it, the live part takes over the browser's copy, so the HTML is neither sent a second time nor
 * kept in the UI's last response. A part shown later (an in-app navigation, the next page of comments) is
 * sent with its HTML.
 */
@Tag(Tag.DIV)
public class StaticHtml extends Component {

    static final String KEY_ATTRIBUTE = "data-static";

    /** The element the first response puts the page in, beside Vaadin's (then still empty) outlet. */
    public static final String FIRST_RESPONSE_ID = "first-response";

    /**
     * The script every reading page's first response carries (inline, so no live view has to send it).
     * Vaadin's client clears its outlet when it starts, so the first response keeps the page beside it
     * until the live view is shown. Called once the live view's elements exist, it waits until the live
     * view is visible (Vaadin may still hide it), then moves the first response's children into the empty
     * live parts of the same name and removes the old copy, in one task: no frame shows an empty page or the
     * page twice, so nothing shifts. A button pressed before then (its {@code data-action} says what it does)
     * is pressed again once the live view, which listens for it, has taken it over.
     */
    public static final String FIRST_RESPONSE_SCRIPT = """
            const pressedEarly = [];
            document.addEventListener('click', event => {
              const button = event.target.closest?.('#first-response [data-action]');
              if (button) {
                pressedEarly.push(button);
              }
            }, true);
            window.broadsheetTakeOver = () => {
              const first = document.getElementById('first-response');
              if (!first || window.broadsheetTakingOver) {
                return;
              }
              window.broadsheetTakingOver = true;
              const live = () => Array.from(document.querySelectorAll('[data-static]'))
                  .filter(part => !first.contains(part) && !part.hasChildNodes());
              const shown = () => live().some(part => part.getClientRects().length > 0);
              const takeOver = () => {
                live().forEach(part => {
                  const copy = first.querySelector('[data-static="' + part.dataset.static + '"]');
                  if (copy) {
                    part.replaceChildren(...copy.childNodes);
                  }
                });
                first.remove();
                pressedEarly.splice(0).filter(button => button.isConnected).forEach(button => button.click());
              };
              queueMicrotask(() => {
                if (shown()) {
                  takeOver();
                  return;
                }
                new MutationObserver((changes, observer) => {
                  if (shown()) {
                    observer.disconnect();
                    takeOver();
                  }
                }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
              });
            };""";

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private final String html;
    private final boolean inBrowser;

    private StaticHtml(String name, String html, boolean inBrowser) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A static part's name is letters, digits and dashes: " + name);
        }
        this.html = Objects.requireNonNull(html);
        this.inBrowser = inBrowser;
        getElement().setAttribute(KEY_ATTRIBUTE, name);
    }

    /**
     * Makes the static parts of one view, all delivered the same way.
     * <p>
     * {@code name} says what the HTML is, in letters, digits and dashes, unique on the page (e.g.
     * {@code article-12}); {@code html} is trusted, already sanitized or escaped HTML.
     */
    @FunctionalInterface
    public interface Parts {

        StaticHtml of(String name, String html);

        /** For a view written as a first response, with no UI. */
        static Parts forFirstResponse() {
            return (name, html) -> new StaticHtml(name, html, true);
        }

        /**
         * For a view being entered: taken over from the first response when this navigation is the page
         * load that brought it (the first response of every reading page carries its parts), else sent.
         */
        static Parts entering(BeforeEnterEvent event) {
            var inBrowser = event.getTrigger() == NavigationTrigger.PAGE_LOAD
                    && ReadingView.class.isAssignableFrom(event.getNavigationTarget());
            if (inBrowser) {
                // Runs once this response's elements exist; a second call from the same navigation is ignored.
                event.getUI().getPage().executeJs("window.broadsheetTakeOver?.()");
            }
            return (name, html) -> new StaticHtml(name, html, inBrowser);
        }

        /** For parts added to a live page (the next page of comments, say), or to a page Vaadin itself sent. */
        static Parts sent() {
            return (name, html) -> new StaticHtml(name, html, false);
        }
    }

    String html() {
        return html;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        // A part the browser has is filled in there (FIRST_RESPONSE_SCRIPT); any other is sent.
        if (attach.isInitialAttach() && !inBrowser) {
            getElement().setProperty("innerHTML", html);
        }
    }
}
