package org.broadsheet.admin.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.ejb.EJBAccessException;
import java.util.function.Consumer;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Picture;

/**
 * Uploads one picture to the newsroom's library and hands it on; a file the browser or the library refuses is
 * explained beside the button, in the library's words (too large, not a JPEG or PNG, too narrow, damaged).
 */
class PictureUpload extends Div {

    private final ImageLibrary library;
    private final Consumer<Picture> uploaded;
    private final Upload upload;
    private final Paragraph problem = new Paragraph();

    PictureUpload(ImageLibrary library, Consumer<Picture> uploaded) {
        this.library = library;
        this.uploaded = uploaded;
        upload = new Upload(UploadHandler.inMemory((file, bytes) -> received(bytes)));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ImageLibrary.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        // What the browser refuses before sending (too large, not an image) is said like what the library refuses.
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage() + ": upload a JPEG or PNG of at most "
                + ImageLibrary.MAX_BYTES / (1024 * 1024) + " MB."));
        var help = new Paragraph("A JPEG or PNG at least " + Picture.WIDTHS.getFirst() + " pixels wide, up to "
                + ImageLibrary.MAX_BYTES / (1024 * 1024) + " MB. Readers get it scaled to their screen.");
        help.addClassName("helper");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(help, problem, upload);
    }

    private void received(byte[] bytes) {
        upload.clearFileList();
        try {
            var picture = library.upload(bytes);
            problem.setVisible(false);
            uploaded.accept(picture);
        } catch (ImageRefusedException | EJBAccessException refused) {
            refuse(refused instanceof ImageRefusedException ? refused.getMessage() : "Only staff can upload pictures.");
        }
    }

    void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    void clearProblem() {
        problem.setVisible(false);
    }
}
