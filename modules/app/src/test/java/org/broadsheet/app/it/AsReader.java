package org.broadsheet.app.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.broadsheet.shared.Roles;

/** Calls as someone holding the reader role, the way a signed-in reader would. */
@Stateless
@RunAs(Roles.READER)
public class AsReader extends RoleCaller {
}
