package org.broadsheet.content;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The newsroom's pictures, and everyone's own picture. Staff upload; everyone signed in may choose a picture of
 * themselves, shown beside their comments (and on a staff member's author page). Anyone may fetch a rendition of a
 * picture a published article or someone's portrait shows, and staff may fetch any (the editor's preview of an
 * article still under embargo). Uploads are checked by
 * decoding them, not by trusting their name or declared type, and are kept re-encoded: what readers get never
 * carries the camera's metadata (a photographer's location, say).
 */
public interface ImageLibrary {

    /** The largest upload accepted, in bytes. */
    int MAX_BYTES = 8 * 1024 * 1024;

    /** Someone's own picture is at least this wide, so it stays sharp on an author page. */
    int NARROWEST_PORTRAIT = 128;

    /** Someone's own picture is kept at most this wide: shown small, it needs no more. */
    int WIDEST_PORTRAIT = 480;

    /**
     * Checks the file, keeps it at every width readers need and returns it. Refuses anything but a JPEG or PNG
     * of at least {@link Picture#WIDTHS the narrowest width}, up to {@link #MAX_BYTES} and 40 megapixels, with
     * {@link ImageRefusedException}: then nothing is kept.
     */
    Picture upload(byte[] file);

    /**
     * Puts {@code pictureId} (an upload's) on the author page of {@code accountId}, or takes its photograph off
     * with null. Staff set their own; an admin anyone's.
     *
     * @throws jakarta.ejb.EJBAccessException for anyone else
     */
    void portray(long accountId, Long pictureId);

    /** The photograph on the author page of {@code accountId}, if there is one. */
    Optional<Picture> portrait(long accountId);

    /**
     * Makes the file the caller's own picture, beside their comments and on their author page if they have one,
     * checked as {@link #upload} checks and kept from {@link #NARROWEST_PORTRAIT} to {@link #WIDEST_PORTRAIT}
     * wide. The picture it replaces is deleted. Refused with {@link ImageRefusedException} (nothing kept, nothing
     * replaced) for a file {@code upload} would refuse, and past ten changes an hour. Anyone signed in.
     */
    Picture portrayYourself(byte[] file);

    /** Takes the caller's own picture away (and deletes it). Anyone signed in. */
    void removeYourPortrait();

    /** The caller's own picture, if they have one; empty for a visitor. */
    Optional<Picture> yourPortrait();

    /** The pictures of those of these accounts that have one, by account: for a page of comments, one query. */
    Map<Long, Picture> portraits(Collection<Long> accountIds);

    /** The file of one width of a picture, if there is one and the caller may see it. */
    Optional<Rendition> rendition(long pictureId, int width);

    /**
     * One stored width of a picture. {@code forAnyone} is false for a picture only staff may see yet;
     * {@code portraitOnly} is true for a public one that only someone's portrait shows, which its person may take
     * back at any moment (so nobody should keep it long).
     */
    record Rendition(byte[] bytes, Picture.Format format, boolean forAnyone, boolean portraitOnly) {
    }
}
