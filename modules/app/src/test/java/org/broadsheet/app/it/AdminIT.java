package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.shared.Site;
import org.junit.jupiter.api.Test;

/** Site settings on the real server: only admins change them, and every page sees the change at once. */
class AdminIT extends InContainerTest {

    @Inject
    SiteSettings settings;

    @Inject
    Site site;

    @Test
    void an_admin_renames_the_site_and_pages_show_the_new_name() {
        admin.run(() -> settings.rename("  The Evening Broadsheet "));

        assertEquals("The Evening Broadsheet", settings.siteName());
        assertEquals("The Evening Broadsheet", site.name(), "the cached name is refreshed after commit");

        admin.run(() -> settings.rename("The Broadsheet"));
        assertEquals("The Broadsheet", site.name());
    }

    @Test
    void nobody_else_renames_the_site() {
        causedBy(EJBAccessException.class, () -> editor.run(() -> settings.rename("Editor's Paper")));
        causedBy(EJBAccessException.class, () -> reader.run(() -> settings.rename("Reader's Paper")));
        causedBy(EJBAccessException.class, () -> settings.rename("Anonymous Paper"));

        assertEquals(site.name(), settings.siteName());
    }

    @Test
    void a_blank_name_is_refused() {
        causedBy(ConstraintViolationException.class, () -> admin.run(() -> settings.rename("   ")));
    }
}
