package org.broadsheet.app.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.broadsheet.shared.Roles;

/** Calls as someone holding the author role: publishes their own articles. */
@Stateless
@RunAs(Roles.AUTHOR)
public class AsAuthor extends RoleCaller {
}
