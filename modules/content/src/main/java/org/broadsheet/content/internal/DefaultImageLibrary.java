package org.broadsheet.content.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.Picture;
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

    @Override
    @RolesAllowed({Roles.EDITOR, Roles.ADMIN})
    public Picture upload(byte[] file) {
        // Decoded and scaled before anything is written: a refused file leaves nothing behind.
        var upload = Renditions.of(file);
        var picture = new StoredPicture(upload, session.getCallerPrincipal().getName(), clock.instant());
        em.persist(picture);
        upload.files().forEach((width, bytes) -> em.persist(new PictureFile(picture, width, bytes)));
        em.flush();
        return picture.picture();
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
        // A picture is the public's once a published article shows it; before that (an embargoed story's photograph,
        // say) only staff see it, whoever guesses its number.
        boolean published = em.createQuery("""
                        select count(a) from Article a where a.heroPicture.id = :id and a.status = :published""", Long.class)
                .setParameter("id", pictureId)
                .setParameter("published", ArticleStatus.PUBLISHED)
                .getSingleResult() > 0;
        if (!published && !session.isCallerInRole(Roles.EDITOR) && !session.isCallerInRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        var row = found.get();
        return Optional.of(new Rendition((byte[]) row[0], (Picture.Format) row[1], published));
    }
}
