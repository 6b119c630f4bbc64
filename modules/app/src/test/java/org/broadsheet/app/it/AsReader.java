package org.broadsheet.app.it;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import java.util.concurrent.Callable;
import org.broadsheet.shared.Roles;

/** Runs a piece of test code as someone holding the reader role, the way a signed-in reader would call. */
@Stateless
@RunAs(Roles.READER)
public class AsReader {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
