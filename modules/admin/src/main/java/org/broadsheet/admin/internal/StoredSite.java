package org.broadsheet.admin.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.shared.Site;

/**
 * The site's name for every page, read once and kept: it is on every page view and changes almost never.
 * A rename on this instance refreshes it after commit.
 */
@ApplicationScoped
class StoredSite implements Site {

    @Inject
    SiteSettings settings;

    private volatile String name;

    @Override
    public String name() {
        var current = name;
        if (current == null) {
            current = settings.siteName();
            name = current;
        }
        return current;
    }

    /** Read each time: asked only where a reader may register (the registration and sign-in pages). */
    @Override
    public boolean readersMayRegister() {
        return settings.readersMayRegister();
    }

    void refresh(@Observes(during = TransactionPhase.AFTER_SUCCESS) SiteRenamed event) {
        name = event.siteName();
    }
}
