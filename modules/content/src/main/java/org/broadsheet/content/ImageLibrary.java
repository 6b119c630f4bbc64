package org.broadsheet.content;

import java.util.Optional;

/**
 * The newsroom's pictures. Staff upload; anyone may fetch a rendition of a picture a published article or an
 * author page shows, and staff may fetch any (the editor's preview of an article still under embargo). Uploads are checked by
 * decoding them, not by trusting their name or declared type, and are kept re-encoded: what readers get never
 * carries the camera's metadata (a photographer's location, say).
 */
public interface ImageLibrary {

    /** The largest upload accepted, in bytes. */
    int MAX_BYTES = 8 * 1024 * 1024;

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

    /** The file of one width of a picture, if there is one and the caller may see it. */
    Optional<Rendition> rendition(long pictureId, int width);

    /** One stored width of a picture. {@code forAnyone} is false for a picture only staff may see yet. */
    record Rendition(byte[] bytes, Picture.Format format, boolean forAnyone) {
    }
}
