package org.broadsheet.commenting.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import org.broadsheet.commenting.CommentsChanged;
import org.broadsheet.shared.ui.Watchers;

/** Readers looking at an article's comments, told by push when what is shown there changes. */
@ApplicationScoped
class LiveComments {

    /** A burst of comments on a busy article reaches each reader as one update. */
    static final Duration GATHERING = Duration.ofSeconds(2);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService timer;

    private Watchers<Long> watchers;

    @PostConstruct
    void start() {
        watchers = new Watchers<>(timer, GATHERING);
    }

    Registration watch(long articleId, UI ui, Runnable refresh) {
        return watchers.watch(articleId, ui, refresh);
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentsChanged change) {
        watchers.changed(change.articleId());
    }

    int watching() {
        return watchers.count();
    }
}
