package org.broadsheet.content.ui;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.Picture;

/**
 * Serves pictures at {@code /images/{id}/{width}.{jpg|png}}. A picture never changes under its address, so
 * browsers and proxies may keep an article's public one for a year without asking again (someone's own picture for
 * an hour: they may take it back); the few a story that goes viral
 * shows are kept in memory too ({@link PublicPictures}), so its readers cost no database read each.
 */
@WebServlet(urlPatterns = "/images/*")
public class PictureFiles extends HttpServlet {

    static final String FOR_ANYONE = "public, max-age=31536000, immutable";
    /** Someone's own picture: they may take it away, or leave, and then nobody should still have it for long. */
    static final String SOMEONES_PORTRAIT = "public, max-age=3600";
    static final String FOR_STAFF = "private, no-store";

    private static final Pattern ADDRESS = Pattern.compile("/(\\d{1,18})/(\\d{1,5})\\.(jpg|png)");

    @Inject
    ImageLibrary library;

    @Inject
    PublicPictures published;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var address = ADDRESS.matcher(String.valueOf(request.getPathInfo()));
        if (!address.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such picture.");
            return;
        }
        long id = Long.parseLong(address.group(1));
        int width = Integer.parseInt(address.group(2));
        var rendition = published.rendition(id, width);
        if (rendition.isEmpty()) {
            // Not public (yet): staff may be looking at an unpublished article's picture.
            rendition = library.rendition(id, width);
        }
        if (rendition.isEmpty() || rendition.get().format() != Picture.Format.named(address.group(3))) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "There is no such picture.");
            return;
        }
        var file = rendition.get();
        var tag = "\"" + id + "-" + width + "\"";
        response.setHeader("Cache-Control", !file.forAnyone() ? FOR_STAFF
                : file.portraitOnly() ? SOMEONES_PORTRAIT : FOR_ANYONE);
        response.setHeader("ETag", tag);
        response.setContentType(file.format().mediaType());
        if (tag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentLength(file.bytes().length);
        if (!"HEAD".equals(request.getMethod())) {
            response.getOutputStream().write(file.bytes());
        }
    }

}
