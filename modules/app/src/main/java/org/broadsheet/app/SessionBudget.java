package org.broadsheet.app;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps sessions of one-page visitors small and short. Vaadin opens an HTTP session on the first request;
 * most readers, crawlers and link previews load one page and leave, and each session would otherwise hold
 * memory for the full timeout. A page request that never starts a UI (no JavaScript) lets its session go
 * after a minute; a session with a UI lives a little longer than Vaadin's 5-minute heartbeat, so an open tab
 * stays alive and a closed one is freed minutes later instead of half an hour.
 */
@ApplicationScoped
class SessionBudget {

    static final int SHELL_ONLY_SECONDS = 60;
    static final int WITH_UI_SECONDS = 6 * 60;

    void install(@Observes ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::shortenNewSession);
        event.getSource().addUIInitListener(init -> init.getUI().getSession().getSession()
                .setMaxInactiveInterval(WITH_UI_SECONDS));
    }

    private void shortenNewSession(IndexHtmlResponse response) {
        var session = response.getVaadinRequest().getWrappedSession(false);
        if (session != null && session.getMaxInactiveInterval() > SHELL_ONLY_SECONDS
                && session.getLastAccessedTime() == session.getCreationTime()) {
            session.setMaxInactiveInterval(SHELL_ONLY_SECONDS);
        }
    }
}
