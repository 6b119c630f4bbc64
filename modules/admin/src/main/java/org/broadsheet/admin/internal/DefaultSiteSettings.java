package org.broadsheet.admin.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.validation.executable.ValidateOnExecution;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.broadsheet.admin.SiteSettings;
import org.broadsheet.shared.Roles;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(SiteSettings.class)
@PermitAll
public class DefaultSiteSettings implements SiteSettings {

    /** Shown until an admin names the site; the demo content names it on first start. */
    static final String DEFAULT_NAME = "Broadsheet";

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<SiteRenamed> renamed;

    @Override
    public String siteName() {
        var setting = em.find(SiteSetting.class, SiteSetting.SITE_NAME);
        return setting == null ? DEFAULT_NAME : setting.value();
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void rename(String siteName) {
        var name = siteName.strip();
        store(SiteSetting.SITE_NAME, name);
        renamed.fire(new SiteRenamed(name));
    }

    @Override
    public boolean readersMayRegister() {
        var setting = em.find(SiteSetting.class, SiteSetting.READERS_MAY_REGISTER);
        return setting == null || Boolean.parseBoolean(setting.value());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public void letReadersRegister(boolean allowed) {
        store(SiteSetting.READERS_MAY_REGISTER, String.valueOf(allowed));
    }

    private void store(String name, String value) {
        var setting = em.find(SiteSetting.class, name);
        if (setting == null) {
            em.persist(new SiteSetting(name, value));
        } else {
            setting.change(value);
        }
    }
}
