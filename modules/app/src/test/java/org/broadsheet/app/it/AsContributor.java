package org.broadsheet.app.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.broadsheet.shared.Roles;

/** Calls as someone holding the contributor role: writes drafts of their own. */
@Stateless
@RunAs(Roles.CONTRIBUTOR)
public class AsContributor extends RoleCaller {
}
