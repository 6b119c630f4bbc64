package org.broadsheet.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;

/**
 * Uploads one JPEG or PNG and hands its bytes to {@link #received}; whatever the browser or the receiver refuses
 * (too large, not a JPEG or PNG, too narrow, damaged) is explained beside the button, the receiver's refusals
 * through {@link #refuse}. Used for the newsroom's pictures and for everyone's own picture alike.
 */
public abstract class PictureUpload extends Div {

    /** Room for a multipart request's boundaries and part headers around the file. */
    private static final int MULTIPART_OVERHEAD = 64 * 1024;

    private final Upload upload;
    private final Paragraph problem = new Paragraph();

    /** {@code help} says what is wanted. */
    protected PictureUpload(String help, int maxBytes) {
        upload = new Upload(new InMemoryUploadHandler((file, bytes) -> {
            clearFileList();
            problem.setVisible(false);
            received(bytes);
        }) {
            // The browser's limit is a courtesy; these are the server's, so no request makes it hold more in memory.
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + MULTIPART_OVERHEAD;
            }

            @Override
            public long getFileCountMax() {
                return 1;
            }
        });
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", ".jpg", ".jpeg", ".png");
        // What the browser refuses before sending (too large, not an image) is said like what the receiver refuses.
        upload.addFileRejectedListener(rejected -> refuse(rejected.getErrorMessage() + ": upload a JPEG or PNG of at most "
                + maxBytes / (1024 * 1024) + " MB."));
        var helper = new Paragraph(help);
        helper.addClassName("helper");
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        add(helper, problem, upload);
    }

    private void clearFileList() {
        upload.clearFileList();
    }

    /** The uploaded file, on the UI's thread. */
    protected abstract void received(byte[] file);

    public void refuse(String message) {
        problem.setText(message);
        problem.setVisible(true);
    }

    public void clearProblem() {
        problem.setVisible(false);
    }
}
