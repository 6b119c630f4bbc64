package org.broadsheet.app.it;

import static org.broadsheet.app.it.Exceptions.causedBy;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import javax.imageio.ImageIO;
import org.broadsheet.content.ArticleDraft;
import org.broadsheet.content.ArticleStateException;
import org.broadsheet.content.Hero;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Newsroom;
import org.broadsheet.content.Picture;
import org.broadsheet.content.PublishedArticles;
import org.broadsheet.people.Accounts;
import org.junit.jupiter.api.Test;

/** Pictures on the real server: kept whole or not at all, staff's to upload, the public's once published. */
class PicturesIT extends InContainerTest {

    @Inject
    ImageLibrary library;

    @Inject
    Newsroom newsroom;

    @Inject
    PublishedArticles published;

    @Inject
    Accounts accounts;

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Test
    void an_upload_is_kept_at_every_width_and_the_public_sees_it_once_a_published_article_shows_it() throws Exception {
        var picture = editor.call(() -> library.upload(Photographs.jpeg(2400, 1350)));
        assertEquals(1600, picture.width());
        assertEquals(900, picture.height());

        assertTrue(library.rendition(picture.id(), 960).isEmpty(), "nobody outside the newsroom sees it before it is published");
        assertTrue(reader.call(() -> library.rendition(picture.id(), 960)).isEmpty());
        var staffCopy = editor.call(() -> library.rendition(picture.id(), 960)).orElseThrow();
        assertFalse(staffCopy.forAnyone());
        assertEquals(960, ImageIO.read(new java.io.ByteArrayInputStream(staffCopy.bytes())).getWidth());

        var hero = new Hero(picture, "Cranes over the container quay at dusk", "The quay at dusk.", "Broadsheet/Ana Ruiz");
        var draft = draft("Quay cranes arrive").withHero(hero);
        long id = editor.call(() -> newsroom.save(draft));
        assertEquals(hero, editor.call(() -> newsroom.open(id)).hero(), "the editor gets back what was saved");
        assertTrue(library.rendition(picture.id(), 960).isEmpty(), "a draft's picture is still the newsroom's");

        editor.run(() -> newsroom.publish(id));
        var shown = published.bySlug(draft.slug()).orElseThrow().hero();
        assertEquals(hero, shown);
        var forAnyone = library.rendition(picture.id(), 480).orElseThrow();
        assertTrue(forAnyone.forAnyone());
        assertEquals(Picture.Format.JPEG, forAnyone.format());
        assertTrue(library.rendition(picture.id(), 700).isEmpty(), "only the kept widths exist");

        editor.run(() -> newsroom.unpublish(id));
        assertTrue(library.rendition(picture.id(), 480).isEmpty(), "taken down with its article");
    }

    @Test
    void before_it_is_published_a_picture_is_its_uploaders_and_the_editors_not_every_contributors() throws Exception {
        var picture = contributor.call(() -> library.upload(Photographs.jpeg(800, 600)));

        assertTrue(contributor.call(() -> library.rendition(picture.id(), 480)).isPresent(), "who uploaded it");
        assertTrue(editor.call(() -> library.rendition(picture.id(), 480)).isPresent(), "an editor");
        assertTrue(author.call(() -> library.rendition(picture.id(), 480)).isEmpty(),
                "another member of staff, on no article that shows it");
        assertTrue(reader.call(() -> library.rendition(picture.id(), 480)).isEmpty());
    }

    @Test
    void a_refused_upload_leaves_nothing_and_readers_cannot_upload() throws Exception {
        long before = rows("image") + rows("image_file");

        var notAPicture = causedBy(ImageRefusedException.class,
                () -> editor.call(() -> library.upload("<img src=x onerror=alert(1)>".getBytes())));
        assertEquals("Upload a JPEG or PNG image; this file is neither.", notAPicture.getMessage());
        var tooNarrow = causedBy(ImageRefusedException.class, () -> editor.call(() -> library.upload(Photographs.jpeg(320, 200))));
        assertTrue(tooNarrow.getMessage().contains("at least 480"), tooNarrow.getMessage());
        causedBy(EJBAccessException.class, () -> reader.call(() -> library.upload(Photographs.jpeg(800, 600))));
        causedBy(EJBAccessException.class, () -> library.upload(Photographs.jpeg(800, 600)));

        assertEquals(before, rows("image") + rows("image_file"), "nothing half-saved");
    }

    @Test
    void a_hero_needs_a_description_and_a_credit_and_a_picture_the_library_has() throws Exception {
        var picture = editor.call(() -> library.upload(Photographs.jpeg(800, 600)));
        var undescribed = draft("Ferry timetable").withHero(new Hero(picture, " ", "", ""));
        var refused = causedBy(ConstraintViolationException.class, () -> editor.call(() -> newsroom.save(undescribed)));
        var messages = refused.getConstraintViolations().stream()
                .map(violation -> violation.getMessage()).sorted().toList();
        assertEquals(List.of("Credit the photographer or agency", "Describe the image for readers who cannot see it"), messages);

        var forged = draft("Ferry timetable").withHero(new Hero(new Picture(Long.MAX_VALUE, 800, 600, Picture.Format.JPEG),
                "A ferry", "", "Broadsheet"));
        causedBy(ArticleStateException.class, () -> editor.call(() -> newsroom.save(forged)));

        long id = editor.call(() -> newsroom.save(draft("Ferry timetable").withHero(new Hero(picture, "A ferry", "", "Broadsheet"))));
        var opened = editor.call(() -> newsroom.open(id));
        editor.call(() -> newsroom.save(opened.withHero(null)));
        assertNull(editor.call(() -> newsroom.open(id)).hero(), "a hero can be taken off");
    }

    @Test
    void a_png_stays_a_png_and_its_files_are_what_was_uploaded_scaled() throws Exception {
        var png = Photographs.of(500, 500, "png");
        var picture = editor.call(() -> library.upload(png));
        assertEquals(Picture.Format.PNG, picture.format());
        assertEquals(List.of(480, 500), picture.widths());
        var file = editor.call(() -> library.rendition(picture.id(), 500)).orElseThrow();
        var decoded = ImageIO.read(new java.io.ByteArrayInputStream(file.bytes()));
        assertEquals(500, decoded.getHeight());
        assertArrayEquals(new int[] {500, 500}, new int[] {decoded.getWidth(), decoded.getHeight()});
    }

    @Test
    void an_author_page_shows_a_photograph_that_is_public_at_once_and_only_its_author_or_an_admin_changes_it()
            throws Exception {
        // The test's callers hold roles, not accounts: an author setting their own is checked in the browser
        // (HeroPicturesIT); here an admin sets the editor's.
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        long adminId = accounts.byUsername("admin").orElseThrow().id();
        var photo = editor.call(() -> library.upload(Photographs.jpeg(600, 800)));
        try {
            admin.run(() -> library.portray(editorId, photo.id()));
            assertEquals(photo, library.portrait(editorId).orElseThrow());
            assertTrue(library.rendition(photo.id(), 480).orElseThrow().forAnyone(), "an author page is public");

            causedBy(EJBAccessException.class, () -> editor.run(() -> library.portray(adminId, photo.id())));
            causedBy(EJBAccessException.class, () -> reader.run(() -> library.portray(editorId, null)));
            long readerId = accounts.byUsername("reader").orElseThrow().id();
            causedBy(ImageRefusedException.class, () -> admin.run(() -> library.portray(readerId, photo.id())));
            assertEquals(photo, library.portrait(editorId).orElseThrow(), "a refusal changes nothing");
            admin.run(() -> library.portray(editorId, null));
            assertTrue(library.portrait(editorId).isEmpty(), "an admin may take it off");
            assertTrue(library.rendition(photo.id(), 480).isEmpty(), "and it is the newsroom's again");
        } finally {
            admin.run(() -> library.portray(editorId, null));
        }
    }

    @Test
    void a_portrait_replaced_or_taken_off_is_deleted_with_its_files_unless_an_article_shows_it() throws Exception {
        long editorId = accounts.byUsername("editor").orElseThrow().id();
        var first = editor.call(() -> library.upload(Photographs.jpeg(600, 800)));
        var second = editor.call(() -> library.upload(Photographs.jpeg(600, 800)));
        var onAnArticle = editor.call(() -> library.upload(Photographs.jpeg(600, 800)));
        editor.call(() -> newsroom.save(draft("A portrait that is also a hero").withHero(
                new Hero(onAnArticle, "A face", "", "Broadsheet"))));
        try {
            admin.run(() -> library.portray(editorId, first.id()));
            long pictures = rows("image");
            long files = rows("image_file");
            admin.run(() -> library.portray(editorId, second.id()));
            assertEquals(pictures - 1, rows("image"), "the replaced one is deleted");
            assertEquals(files - first.widths().size(), rows("image_file"), "with every file of it");
            admin.run(() -> library.portray(editorId, onAnArticle.id()));
            admin.run(() -> library.portray(editorId, null));
            assertEquals(pictures - 2, rows("image"), "the second went; the article's stays");
            assertTrue(editor.call(() -> library.rendition(onAnArticle.id(), 480)).isPresent());
        } finally {
            admin.run(() -> library.portray(editorId, null));
        }
    }

    private ArticleDraft draft(String headline) {
        return Drafts.draft(accounts.byUsername("editor").orElseThrow().id(), headline, "The news, in a sentence.");
    }

    private long rows(String table) {
        var em = persistence.createEntityManager();
        try {
            return ((Number) em.createNativeQuery("select count(*) from " + table).getSingleResult()).longValue();
        } finally {
            em.close();
        }
    }
}
