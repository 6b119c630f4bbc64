package org.broadsheet.content.internal;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Picture;
import org.broadsheet.people.AccountErased;
import org.broadsheet.people.AuthorChanged;
import org.broadsheet.people.PersonalDataSource;
import org.broadsheet.shared.RecentAttempts;

/**
 * Everyone's own picture, by account: beside their comments, and on a staff member's author page. Changed in the
 * caller's transaction; a picture nothing shows any more (replaced, taken off, its account erased) is deleted,
 * so a reader's pictures never pile up in the newsroom's library.
 */
@ApplicationScoped
class Portraits implements PersonalDataSource {

    /** Each change decodes a photograph: enough for anyone choosing one, too few to keep a server busy. */
    static final int CHANGES_PER_HOUR = 10;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<AuthorChanged> authorChanged;

    @Inject
    Clock clock;

    private RecentAttempts changes;

    @PostConstruct
    void start() {
        changes = new RecentAttempts(10_000, Duration.ofHours(1), clock);
    }

    /** Counts one change of the account's picture, refusing it past {@link #CHANGES_PER_HOUR}. */
    void countChange(long accountId) {
        var key = String.valueOf(accountId);
        if (changes.add(key) > CHANGES_PER_HOUR) {
            throw new ImageRefusedException("You have changed your picture " + CHANGES_PER_HOUR
                    + " times this hour; try again in " + Math.max(1, changes.remaining(key).toMinutes()) + " minutes.");
        }
    }

    StoredPicture pictureOf(long accountId) {
        var portrait = em.find(Portrait.class, accountId);
        return portrait == null ? null : portrait.picture();
    }

    Map<Long, Picture> picturesOf(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select p from Portrait p join fetch p.picture where p.accountId in :ids", Portrait.class)
                .setParameter("ids", accountIds)
                .getResultStream()
                .collect(Collectors.toMap(Portrait::accountId, portrait -> portrait.picture().picture()));
    }

    /** Shows {@code picture} for the account, or none with null; the one it replaces goes if nothing else shows it. */
    void show(long accountId, StoredPicture picture) {
        // Held until commit: two changes at once by the same person follow each other (a first portrait, which has
        // no row to hold yet, meets the primary key instead and is refused).
        var current = em.find(Portrait.class, accountId, LockModeType.PESSIMISTIC_WRITE);
        var replaced = current == null ? null : current.picture();
        if (picture == null) {
            if (current != null) {
                em.remove(current);
            }
        } else if (current == null) {
            em.persist(new Portrait(accountId, picture));
        } else {
            current.show(picture);
        }
        em.flush();
        if (replaced != null && !replaced.equals(picture)) {
            deleteIfUnshown(replaced);
        }
        authorChanged.fire(new AuthorChanged(accountId));
    }

    private void deleteIfUnshown(StoredPicture picture) {
        boolean shown = em.createQuery("""
                        select count(a) from Article a where a.heroPicture = :picture""", Long.class)
                .setParameter("picture", picture)
                .getSingleResult() > 0
                || em.createQuery("select count(p) from Portrait p where p.picture = :picture", Long.class)
                .setParameter("picture", picture)
                .getSingleResult() > 0;
        if (!shown) {
            em.createQuery("delete from PictureFile f where f.picture = :picture").setParameter("picture", picture)
                    .executeUpdate();
            em.remove(picture);
        }
    }

    /** An erased account's face goes with its name. */
    void erase(@Observes AccountErased erased) {
        if (em.find(Portrait.class, erased.accountId()) != null) {
            show(erased.accountId(), null);
        }
    }

    @Override
    public String section() {
        return "picture";
    }

    @Override
    public List<?> of(long accountId) {
        var picture = pictureOf(accountId);
        return picture == null ? List.of() : List.of(Map.of("address", picture.picture().largestPath(),
                "uploadedAt", picture.uploadedAt().toString()));
    }
}
