package org.broadsheet.content.internal;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Picture;

/**
 * Turns an uploaded file into the files readers are sent: decoded (which is the type check: a name or a declared
 * type proves nothing), scaled to each of {@link Picture#WIDTHS}, and encoded again, which also leaves behind
 * whatever metadata the camera wrote. The size is read from the header before any pixel is decoded, and large
 * photographs are decoded at a fraction of their size, so an upload never costs the server more memory than a
 * picture about twice the largest width.
 */
final class Renditions {

    /** Past this a "photograph" is more likely a decompression bomb than a picture. */
    static final long MAX_PIXELS = 40_000_000;

    /** Taller than this many times its width, a picture is a poster, not a picture in a reading column. */
    static final int MAX_TALLNESS = 4;

    static final float JPEG_QUALITY = 0.85f;

    /** What an upload becomes: its format, the size it is kept at (at most {@link Picture#LARGEST} wide), one file per width. */
    record Result(Picture.Format format, int width, int height, Map<Integer, byte[]> files) {
    }

    private Renditions() {
    }

    /** An upload for an article or the library: kept at every one of {@link Picture#WIDTHS} it reaches. */
    static Result of(byte[] file) {
        return of(file, Picture.WIDTHS.getFirst(), Picture.LARGEST);
    }

    /** Someone's own picture: shown small (beside comments, on an author page), so kept at one modest width. */
    static Result portrait(byte[] file) {
        return of(file, ImageLibrary.NARROWEST_PORTRAIT, ImageLibrary.WIDEST_PORTRAIT);
    }

    private static Result of(byte[] file, int narrowest, int largest) {
        if (file.length == 0) {
            throw new ImageRefusedException("The file is empty.");
        }
        if (file.length > ImageLibrary.MAX_BYTES) {
            throw new ImageRefusedException("The file is " + megabytes(file.length) + " MB; upload one of at most "
                    + megabytes(ImageLibrary.MAX_BYTES) + " MB.");
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            var readers = ImageIO.getImageReaders(input);
            var reader = readers.hasNext() ? readers.next() : null;
            var format = reader == null ? null : formatOf(reader);
            if (format == null) {
                throw new ImageRefusedException("Upload a JPEG or PNG image; this file is neither.");
            }
            try {
                reader.setInput(input, true, true);
                return renditions(reader, format, format == Picture.Format.JPEG ? ExifOrientation.of(file)
                        : ExifOrientation.UPRIGHT, narrowest, largest);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof ImageRefusedException refused) {
                throw refused;
            }
            throw new ImageRefusedException("The image could not be read; it may be damaged, or saved in a form "
                    + "browsers do not show (save it again as an ordinary JPEG or PNG).");
        }
    }

    private static Result renditions(ImageReader reader, Picture.Format format, int orientation, int narrowest,
            int largest) throws IOException {
        // Stored sideways by the camera (a portrait photo from a phone, say): its width is the stored height.
        boolean sideways = ExifOrientation.swapsSides(orientation);
        int width = sideways ? reader.getHeight(0) : reader.getWidth(0);
        int height = sideways ? reader.getWidth(0) : reader.getHeight(0);
        if ((long) width * height > MAX_PIXELS) {
            throw new ImageRefusedException("The image is " + width + " × " + height + " pixels; upload one of at most "
                    + MAX_PIXELS / 1_000_000 + " megapixels.");
        }
        if (height > MAX_TALLNESS * width) {
            throw new ImageRefusedException("The image is " + width + " × " + height + " pixels; a picture may be at most "
                    + MAX_TALLNESS + " times as tall as it is wide.");
        }
        if (width < narrowest) {
            throw new ImageRefusedException("The image is " + width + " pixels wide; a picture needs at least "
                    + narrowest + " to look sharp on a phone.");
        }
        var param = reader.getDefaultReadParam();
        // Every n-th pixel of a photograph n times the largest picture size on its longer side: a fraction of the
        // memory (never more than about 3,200 pixels square), and still as wide as a tall picture is kept. Sized by
        // the newsroom's largest even for a portrait kept smaller, so that one is never decoded narrower than kept.
        int step = Math.max(1, Math.max(width, height) / Picture.LARGEST);
        param.setSourceSubsampling(step, step, 0, 0);
        var decoded = ExifOrientation.upright(reader.read(0, param), orientation);
        int keptWidth = Math.min(decoded.getWidth(), largest);
        int keptHeight = Math.max(1, Math.round((float) decoded.getHeight() * keptWidth / decoded.getWidth()));
        var files = new LinkedHashMap<Integer, byte[]>();
        for (int each : Picture.widthsFor(keptWidth)) {
            int eachHeight = Math.max(1, Math.round((float) keptHeight * each / keptWidth));
            files.put(each, encoded(scaled(decoded, each, eachHeight, format), format));
        }
        return new Result(format, keptWidth, keptHeight, files);
    }

    private static Picture.Format formatOf(ImageReader reader) {
        try {
            return switch (reader.getFormatName().toLowerCase(Locale.ROOT)) {
                case "jpeg", "jpg" -> Picture.Format.JPEG;
                case "png" -> Picture.Format.PNG;
                default -> null;
            };
        } catch (IOException unknown) {
            return null;
        }
    }

    /**
     * Halves the picture (bilinear) until one more halving would pass the size, then draws it at the size: one
     * big step would skip most of the pixels and leave the picture grainy.
     */
    static BufferedImage scaled(BufferedImage source, int width, int height, Picture.Format format) {
        var type = format == Picture.Format.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        var current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            w = Math.max(width, w / 2);
            h = Math.max(height, h / 2);
            var next = new BufferedImage(w, h, type);
            var graphics = next.createGraphics();
            try {
                graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                graphics.drawImage(current, 0, 0, w, h, null);
            } finally {
                graphics.dispose();
            }
            current = next;
        } while (w != width || h != height);
        return current;
    }

    private static byte[] encoded(BufferedImage image, Picture.Format format) {
        var out = new ByteArrayOutputStream();
        try {
            if (format == Picture.Format.PNG) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (var output = ImageIO.createImageOutputStream(out)) {
                var param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.setOutput(output);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException impossible) {
            throw new UncheckedIOException("Writing to memory failed", impossible);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0)).replace(".0", "");
    }
}
