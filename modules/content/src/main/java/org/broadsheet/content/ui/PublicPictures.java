package org.broadsheet.content.ui;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Optional;
import org.broadsheet.content.ArticlesChanged;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.people.AuthorChanged;
import org.broadsheet.shared.ui.MarkupCache;

/**
 * The public pictures asked for lately, in memory: a front-page story's hero is asked for by every new reader at
 * once. At most 64 files, of a few hundred kilobytes at most each.
 */
@ApplicationScoped
class PublicPictures {

    private record Key(long id, int width) {
    }

    private final MarkupCache<Key, Optional<ImageLibrary.Rendition>> recent = new MarkupCache<>(Duration.ofMinutes(10), 64);

    @Inject
    ImageLibrary library;

    /** The file, if anyone may see it; empty for a picture only staff may see, or none at all. */
    Optional<ImageLibrary.Rendition> rendition(long id, int width) {
        return recent.get(new Key(id, width), () -> library.rendition(id, width).filter(ImageLibrary.Rendition::forAnyone));
    }

    // A picture stops being public when the last published article showing it is taken down...
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            ArticlesChanged change) {
        recent.clear();
    }

    // ...or an author takes their photograph off their page.
    void forget(@Observes(during = TransactionPhase.AFTER_SUCCESS) @Priority(Interceptor.Priority.LIBRARY_BEFORE)
            AuthorChanged change) {
        recent.clear();
    }
}
