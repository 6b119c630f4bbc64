package org.broadsheet.app;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether first-start work (schema migration, demo content) has finished. The health endpoint can be
 * asked while the WAR is still deploying; until then the answer is "not ready", without touching a
 * database that may not have its tables yet.
 */
@ApplicationScoped
public class StartupState {

    private volatile boolean finished;

    void finished() {
        finished = true;
    }

    boolean isFinished() {
        return finished;
    }
}
