package org.broadsheet.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * An image the newsroom uploaded, as pages point at it: its size as uploaded (after scaling down to
 * {@link #LARGEST}) and the widths it is kept at, so a reader's browser fetches only what its screen needs.
 * Every width is kept as a file of its own at {@code images/{id}/{width}.{extension}}; an image never changes
 * once stored (a new upload is a new image), which is what lets browsers and proxies keep it for a year.
 */
public record Picture(long id, int width, int height, Format format) {

    /** The widths a picture is kept at, when it is at least that wide; a narrower one is kept at its own width. */
    public static final List<Integer> WIDTHS = List.of(480, 960, 1600);

    /** No rendition is wider: a hero fills a reading column, 1,600 pixels serves it on any screen. */
    public static final int LARGEST = WIDTHS.getLast();

    /** What the newsroom may upload, and what the kept files are. */
    public enum Format {
        JPEG("image/jpeg", "jpg"), PNG("image/png", "png");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        public static Format named(String extension) {
            for (var format : values()) {
                if (format.extension.equals(extension.toLowerCase(Locale.ROOT))) {
                    return format;
                }
            }
            throw new IllegalArgumentException("No picture is kept as ." + extension);
        }
    }

    /** The widths this picture is kept at, narrowest first; the last is {@link #width()}. */
    public List<Integer> widths() {
        return widthsFor(width);
    }

    /** The widths an image {@code width} pixels wide (already at most {@link #LARGEST}) is kept at. */
    public static List<Integer> widthsFor(int width) {
        var widths = new ArrayList<Integer>();
        WIDTHS.stream().filter(each -> each < width).forEach(widths::add);
        widths.add(width);
        return List.copyOf(widths);
    }

    /** The height of the rendition {@code atWidth} wide, keeping the proportions. */
    public int heightAt(int atWidth) {
        return Math.max(1, Math.round((float) height * atWidth / width));
    }

    /** The address of one width, inside the site ({@code images/12/960.jpg}). */
    public String path(int atWidth) {
        return "images/" + id + "/" + atWidth + "." + format.extension();
    }

    /** The address of the widest rendition: what link previews and search engines are given. */
    public String largestPath() {
        return path(width);
    }

    /** Every width for an {@code <img srcset>}: {@code images/12/480.jpg 480w, …}. */
    public String srcset() {
        return widths().stream().map(each -> path(each) + " " + each + "w").collect(Collectors.joining(", "));
    }
}
