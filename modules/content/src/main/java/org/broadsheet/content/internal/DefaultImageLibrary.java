package org.broadsheet.content.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Picture;
import org.broadsheet.people.Accounts;
import org.broadsheet.shared.Roles;

@Stateless
@Local(ImageLibrary.class)
public class DefaultImageLibrary implements ImageLibrary {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Accounts accounts;

    @Inject
    Portraits portraits;

    @Override
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public Picture upload(byte[] file) {
        // Decoded and scaled before anything is written: a refused file leaves nothing behind.
        return kept(Renditions.of(file)).picture();
    }

    private StoredPicture kept(Renditions.Result upload) {
        var picture = new StoredPicture(upload, session.getCallerPrincipal().getName(), clock.instant());
        em.persist(picture);
        upload.files().forEach((width, bytes) -> em.persist(new PictureFile(picture, width, bytes)));
        em.flush();
        return picture;
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public Picture portrayYourself(byte[] file) {
        long you = yourAccountId();
        // Counted before the decoding it limits.
        portraits.countChange(you);
        var picture = kept(Renditions.portrait(file));
        portraits.show(you, picture);
        return picture.picture();
    }

    @Override
    @RolesAllowed({Roles.READER, Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void removeYourPortrait() {
        portraits.show(yourAccountId(), null);
    }

    @Override
    @PermitAll
    public Optional<Picture> yourPortrait() {
        return accounts.you().map(you -> portraits.pictureOf(you.id())).map(StoredPicture::picture);
    }

    @Override
    @PermitAll
    public Map<Long, Picture> portraits(Collection<Long> accountIds) {
        return portraits.picturesOf(accountIds);
    }

    /** A caller with a role but no account (a system caller) has no picture of their own to change. */
    private long yourAccountId() {
        return accounts.you().orElseThrow(() -> new IllegalStateException("The caller has no account")).id();
    }

    @Override
    @RolesAllowed({Roles.CONTRIBUTOR, Roles.AUTHOR, Roles.EDITOR, Roles.ADMIN})
    public void portray(long accountId, Long pictureId) {
        var own = accounts.yourProfile().map(profile -> profile.author().accountId() == accountId).orElse(false);
        if (!own && !session.isCallerInRole(Roles.ADMIN)) {
            throw new EJBAccessException("Staff change their own author page's photograph; an admin anyone's.");
        }
        var author = accounts.authors(List.of(accountId)).get(accountId);
        if (author == null || !author.hasPage()) {
            throw new ImageRefusedException("Only staff have an author page to show a photograph on.");
        }
        StoredPicture picture = null;
        if (pictureId != null) {
            picture = em.find(StoredPicture.class, pictureId);
            if (picture == null) {
                throw new ImageRefusedException("That picture is not in the newsroom's library; upload it again.");
            }
        }
        portraits.show(accountId, picture);
    }

    /** Whether it is someone's own picture, which shows beside their comments, or on their author page. */
    private boolean portrayed(long pictureId) {
        return em.createQuery("select count(p) from Portrait p where p.picture.id = :id", Long.class)
                .setParameter("id", pictureId)
                .getSingleResult() > 0;
    }

    /**
     * Before it is public, a picture is for editors, and for other staff only if they uploaded it or are on the
     * byline of an article that shows it: an embargoed story's photograph is not the whole newsroom's.
     */
    private boolean seesUnpublished(long pictureId) {
        if (Roles.EDITORS.stream().anyMatch(session::isCallerInRole)) {
            return true;
        }
        if (Roles.STAFF.stream().noneMatch(session::isCallerInRole)) {
            return false;
        }
        var caller = session.getCallerPrincipal().getName();
        var uploadedByCaller = em.createQuery(
                        "select count(p) from StoredPicture p where p.id = :id and p.uploadedBy = :caller", Long.class)
                .setParameter("id", pictureId)
                .setParameter("caller", caller)
                .getSingleResult() > 0;
        if (uploadedByCaller) {
            return true;
        }
        var you = accounts.byUsername(caller);
        return you.isPresent() && em.createQuery("""
                        select count(a) from Article a where a.heroPicture.id = :id and (a.authorId = :you
                        or exists (select b from Article b join b.coAuthorIds c where b = a and c = :you))""", Long.class)
                .setParameter("id", pictureId)
                .setParameter("you", you.get().id())
                .getSingleResult() > 0;
    }

    @Override
    @PermitAll
    public Optional<Picture> portrait(long accountId) {
        return Optional.ofNullable(em.find(Portrait.class, accountId)).map(portrait -> portrait.picture().picture());
    }

    @Override
    @PermitAll
    public Optional<Rendition> rendition(long pictureId, int width) {
        var found = em.createQuery("""
                        select f.bytes, p.format from PictureFile f join f.picture p
                        where p.id = :id and f.width = :width""", Object[].class)
                .setParameter("id", pictureId)
                .setParameter("width", width)
                .getResultStream()
                .findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        // A picture is the public's once a published article or someone's portrait shows it; before that (an embargoed
        // story's photograph, say) only staff see it, whoever guesses its number.
        boolean onAPublishedArticle = em.createQuery("""
                        select count(a) from Article a where a.heroPicture.id = :id and a.status = :published""", Long.class)
                .setParameter("id", pictureId)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult() > 0;
        boolean portraitOnly = !onAPublishedArticle && portrayed(pictureId);
        boolean published = onAPublishedArticle || portraitOnly;
        if (!published && !seesUnpublished(pictureId)) {
            return Optional.empty();
        }
        var row = found.get();
        return Optional.of(new Rendition((byte[]) row[0], (Picture.Format) row[1], published, portraitOnly));
    }
}
