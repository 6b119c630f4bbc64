package org.broadsheet.app.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.broadsheet.shared.Roles;

/** Runs a piece of test code as someone holding the admin role, the way a signed-in admin would call. */
@Stateless
@RunAs(Roles.ADMIN)
public class AsAdmin {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
