package org.broadsheet.app.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;

/**
 * Tells the {@link ReaderBudget} about every HTTP session the container starts, renames and ends, and gives
 * every new session the short life of a visitor who has not started a live page yet.
 */
@WebListener
public class ReaderSessions implements HttpSessionListener, HttpSessionIdListener {

    @Inject
    ReaderBudget budget;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        // Short until a UI starts in it or someone signs in (ReaderSessionPolicy lengthens it then).
        event.getSession().setMaxInactiveInterval(ReaderSessionPolicy.SHELL_ONLY_SECONDS);
        budget.sessionStarted(event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        budget.sessionEnded(event.getSession());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        budget.idChanged(event.getSession(), oldSessionId);
    }
}
