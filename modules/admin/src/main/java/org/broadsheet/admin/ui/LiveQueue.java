package org.broadsheet.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.broadsheet.commenting.CommentAwaits;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.shared.ui.Watchers;

/** Moderators looking at the queue, told by push when a comment starts waiting or a decision changes it. */
@ApplicationScoped
class LiveQueue {

    private static final String QUEUE = "queue";

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService timer;

    private Watchers<String> watchers;

    @PostConstruct
    void start() {
        watchers = new Watchers<>(timer, Duration.ofSeconds(1));
    }

    Registration watch(UI ui, Runnable refresh) {
        return watchers.watch(QUEUE, ui, refresh);
    }

    void waiting(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentAwaits awaits) {
        watchers.changed(QUEUE);
    }

    void decided(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentsChanged change) {
        watchers.changed(QUEUE);
    }
}
