package org.broadsheet.commenting.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.executable.ValidateOnExecution;
import org.broadsheet.commenting.CommentSettings;
import org.broadsheet.commenting.HouseRules;
import org.broadsheet.shared.Roles;

@Stateless
// The constraints sit on the interface; this marks the bean so Bean Validation intercepts its methods.
@ValidateOnExecution
@Local(CommentSettings.class)
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
public class DefaultCommentSettings implements CommentSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    StoredHouseRules stored;

    @Inject
    Event<StoredHouseRules.Changed> changed;

    @Override
    public HouseRules houseRules() {
        return stored.current();
    }

    @Override
    public void change(HouseRules rules) {
        StoredHouseRules.asSettings(rules).forEach(this::put);
        em.flush();
        changed.fire(new StoredHouseRules.Changed());
    }

    private void put(String name, String value) {
        var setting = em.find(CommentSetting.class, name, LockModeType.PESSIMISTIC_WRITE);
        if (setting == null) {
            em.persist(new CommentSetting(name, value));
        } else {
            setting.change(value);
        }
    }
}
