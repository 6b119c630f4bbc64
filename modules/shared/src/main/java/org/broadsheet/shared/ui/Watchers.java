package org.broadsheet.shared.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Browsers that asked to be told when something changes (the comments under one article, the moderation queue),
 * told by server push. Only a watcher gets a push connection: a reader who never looks at the comments costs none.
 * Changes are gathered for a moment, so a burst of them costs each watcher one push. Each instance tells the
 * browsers it serves of the changes made on it (sessions stick to their instance).
 *
 * @param <K> what is watched (an article's id, say)
 */
public final class Watchers<K> {

    private record Watcher(UI ui, Runnable refresh) {
    }

    private final Map<K, Set<Watcher>> watching = new ConcurrentHashMap<>();
    private final Set<K> changed = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final Duration gathering;

    /** @param timer the server's own (a managed executor), on which watchers are told */
    public Watchers(ScheduledExecutorService timer, Duration gathering) {
        this.timer = timer;
        this.gathering = gathering;
    }

    /**
     * The UI is told of changes to {@code key} from now on ({@code refresh} runs with the UI locked, its changes
     * pushed) until the registration is removed, as it must be when the UI detaches.
     */
    public Registration watch(K key, UI ui, Runnable refresh) {
        // The browser's own messages keep going as requests (through the site's filters: who is signed in, whether
        // they were signed out everywhere); only the server's nudges travel by the socket.
        ui.getPushConfiguration().setTransport(Transport.WEBSOCKET_XHR);
        ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        var watcher = new Watcher(ui, refresh);
        watching.compute(key, (any, set) -> {
            var watchers = set == null ? ConcurrentHashMap.<Watcher>newKeySet() : set;
            watchers.add(watcher);
            return watchers;
        });
        return () -> forget(key, watcher);
    }

    /** Something watched changed: its watchers are told once the moment of gathering has passed. */
    public void changed(K key) {
        if (watching.containsKey(key) && changed.add(key)) {
            try {
                timer.schedule(() -> {
                    changed.remove(key);
                    tell(key);
                }, gathering.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shuttingDown) {
                changed.remove(key);
            }
        }
    }

    /** How many browsers watch, for the health and load figures. */
    public int count() {
        return watching.values().stream().mapToInt(Set::size).sum();
    }

    private void tell(K key) {
        for (var watcher : watching.getOrDefault(key, Set.of())) {
            try {
                watcher.ui().access(watcher.refresh()::run);
            } catch (UIDetachedException gone) {
                forget(key, watcher);
            }
        }
    }

    private void forget(K key, Watcher watcher) {
        watching.computeIfPresent(key, (any, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }
}
