package org.broadsheet.app.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.broadsheet.shared.Roles;

/** Calls as someone holding the admin role, the way a signed-in admin would. */
@Stateless
@RunAs(Roles.ADMIN)
public class AsAdmin extends RoleCaller {
}
