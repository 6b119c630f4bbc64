package org.broadsheet.admin.ui;

import jakarta.ejb.EJBAccessException;
import java.util.function.Consumer;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Picture;
import org.broadsheet.shared.ui.PictureUpload;

/** Uploads one picture to the newsroom's library and hands it on; a refusal is said in the library's words. */
class LibraryUpload extends PictureUpload {

    private final ImageLibrary library;
    private final Consumer<Picture> uploaded;

    LibraryUpload(ImageLibrary library, Consumer<Picture> uploaded) {
        super("A JPEG or PNG at least " + Picture.WIDTHS.getFirst() + " pixels wide, up to "
                + ImageLibrary.MAX_BYTES / (1024 * 1024) + " MB. Readers get it scaled to their screen.",
                ImageLibrary.MAX_BYTES);
        this.library = library;
        this.uploaded = uploaded;
    }

    @Override
    protected void received(byte[] file) {
        try {
            uploaded.accept(library.upload(file));
        } catch (ImageRefusedException | EJBAccessException refused) {
            refuse(refused instanceof ImageRefusedException ? refused.getMessage() : "Only staff can upload pictures.");
        }
    }
}
