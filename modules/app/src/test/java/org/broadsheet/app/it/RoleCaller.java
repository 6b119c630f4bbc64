package org.broadsheet.app.it;

import java.util.concurrent.Callable;

/**
 * Runs test code inside a session bean, so the container applies that bean's {@code @RunAs} role to every
 * call the code makes. Each role needs its own subclass because {@code @RunAs} belongs to a bean class.
 */
public abstract class RoleCaller {

    public <T> T call(Callable<T> work) throws Exception {
        return work.call();
    }

    public void run(Runnable work) {
        work.run();
    }
}
