package org.broadsheet.app.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.broadsheet.shared.Roles;

/** Calls as someone holding the editor role, the way a signed-in editor would. */
@Stateless
@RunAs(Roles.EDITOR)
public class AsEditor extends RoleCaller {
}
