package org.broadsheet.app.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpSession;
import java.util.Comparator;

/**
 * How long an anonymous reader's server state lives, and what they see when it is gone. Readers,
 * crawlers and link previews are mostly one-page visitors; what they leave behind is freed within two
 * minutes even when the browser never says goodbye:
 * <ul>
 * <li>an open tab sends a heartbeat every {@value #HEARTBEAT_SECONDS} s (web.xml), so a session with a UI
 *     that hears nothing for {@value #WITH_UI_SECONDS} s belonged to a tab that is gone;</li>
 * <li>a session whose last UI the browser closed (the unload beacon) ends {@value #LAST_UI_CLOSED_SECONDS} s
 *     later, unless the reader's next page starts a UI in it first;</li>
 * <li>a session that never started a UI ends after {@value #SHELL_ONLY_SECONDS} s (pages themselves start
 *     none: see {@link FirstResponseFilter});</li>
 * <li>one reader holds at most {@value #MAX_VIEWS_PER_READER} UIs; opening more closes the longest-idle.</li>
 * </ul>
 * Signed-in staff get the container's session timeout and are never let go by the {@link ReaderBudget}.
 * The container looks for expired sessions every 10 s (glassfish-web.xml).
 */
@ApplicationScoped
class ReaderSessionPolicy {

    static final int HEARTBEAT_SECONDS = 30;
    static final int WITH_UI_SECONDS = 90;
    static final int LAST_UI_CLOSED_SECONDS = 15;
    static final int SHELL_ONLY_SECONDS = 60;
    static final int MAX_VIEWS_PER_READER = 8;

    @Inject
    ReaderBudget budget;

    void install(@Observes ServiceInitEvent event) {
        var service = event.getSource();
        service.addUIInitListener(init -> started(init.getUI()));
        event.addVaadinRequestInterceptor(new AfterEachRequest());
        // A reader whose session was let go keeps the page; only its live part needs a reload.
        var messages = new CustomizedSystemMessages();
        messages.setSessionExpiredNotificationEnabled(true);
        messages.setSessionExpiredCaption("This page is no longer live.");
        messages.setSessionExpiredMessage("Click here to reload it, to comment or to see new comments.");
        service.setSystemMessagesProvider(info -> messages);
    }

    private void started(UI ui) {
        var request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() != null) {
            return;
        }
        var vaadinSession = ui.getSession();
        var http = httpSession(vaadinSession);
        http.setMaxInactiveInterval(WITH_UI_SECONDS);
        budget.viewStarted(http);
        ui.addDetachListener(detach -> ended(vaadinSession, http));
        if (vaadinSession.getUIs().size() > MAX_VIEWS_PER_READER) {
            vaadinSession.getUIs().stream()
                    .filter(other -> other != ui && !other.isClosing())
                    .min(Comparator.comparingLong(other -> other.getInternals().getLastHeartbeatTimestamp()))
                    .ifPresent(UI::close);
        }
    }

    private void ended(VaadinSession vaadinSession, HttpSession http) {
        budget.viewEnded(http);
        try {
            if (vaadinSession.getUIs().stream().allMatch(UI::isClosing)) {
                http.setMaxInactiveInterval(LAST_UI_CLOSED_SECONDS);
            }
        } catch (IllegalStateException sessionGone) {
            // the session ended first; nothing to shorten
        }
    }

    private static HttpSession httpSession(VaadinSession session) {
        return ((WrappedHttpSession) session.getSession()).getHttpSession();
    }

    private final class AfterEachRequest implements VaadinRequestInterceptor {

        @Override
        public void requestStart(VaadinRequest request, VaadinResponse response) {
        }

        @Override
        public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
                Exception exception) {
        }

        @Override
        public void requestEnd(VaadinRequest request, VaadinResponse response, VaadinSession session) {
            if (session == null || session.getSession() == null) {
                return;
            }
            if ("uidl".equals(request.getParameter("v-r"))) {
                compactLastResponses(session);
            }
            if (request.getUserPrincipal() != null) {
                treatAsStaff(httpSession(session));
            }
        }
    }

    /**
     * Vaadin keeps each UI's last response, to answer a request the browser sends again. A single
     * character beyond Latin-1 in it (an em dash in a headline) makes Java keep the whole string at two
     * bytes a character; the same JSON with such characters escaped is the same message at half the size.
     */
    private static void compactLastResponses(VaadinSession session) {
        session.lock();
        try {
            for (var ui : session.getUIs()) {
                var last = ui.getInternals().getLastRequestResponse();
                var compact = Latin1Json.escape(last);
                if (compact != last) {
                    ui.getInternals().setLastRequestResponse(compact);
                }
            }
        } finally {
            session.unlock();
        }
    }

    /** After sign-in: the container's own timeout, and out of the readers' budget. */
    private void treatAsStaff(HttpSession http) {
        try {
            var staffTimeout = http.getServletContext().getSessionTimeout() * 60;
            if (http.getMaxInactiveInterval() != staffTimeout) {
                http.setMaxInactiveInterval(staffTimeout);
                budget.signedIn(http);
            }
        } catch (IllegalStateException signedOut) {
            // the request ended the session (sign-out): nothing to keep
        }
    }
}
