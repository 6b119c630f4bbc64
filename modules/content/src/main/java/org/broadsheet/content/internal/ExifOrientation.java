package org.broadsheet.content.internal;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Which way up a camera meant a JPEG: phones store a portrait photograph sideways and say so in the Exif
 * "Orientation" tag (values 1 to 8). Re-encoding drops the tag with the rest of the metadata, so the pixels are
 * turned upright first, or readers would get the photograph on its side.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final int ORIENTATION_TAG = 0x0112;
    private static final int APP1 = 0xE1;
    private static final int START_OF_SCAN = 0xDA;
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

    private ExifOrientation() {
    }

    /**
     * The orientation the JPEG declares; {@link #UPRIGHT} when it declares none or cannot be read. Read from the
     * file's own segments (up to the image data), not ImageIO's metadata, which refuses files whose Exif segment
     * comes before a JFIF one.
     */
    static int of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                if (marker == START_OF_SCAN) {
                    break;
                }
                int length = ((jpeg[at + 2] & 0xFF) << 8) | (jpeg[at + 3] & 0xFF);
                int data = at + 4;
                if (marker == APP1 && length >= 2 + EXIF.length
                        && Arrays.equals(jpeg, data, data + EXIF.length, EXIF, 0, EXIF.length)) {
                    return inTiff(ByteBuffer.wrap(jpeg, data + EXIF.length, length - 2 - EXIF.length).slice());
                }
                at += 2 + length;
            }
        } catch (RuntimeException unreadable) {
            // A damaged tag is no reason to refuse the photograph: it is shown as stored.
        }
        return UPRIGHT;
    }

    /** The Orientation entry of the first directory of Exif's TIFF structure. */
    private static int inTiff(ByteBuffer tiff) {
        tiff.order(tiff.getShort(0) == 0x4949 ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        int directory = tiff.getInt(4);
        int entries = Short.toUnsignedInt(tiff.getShort(directory));
        for (int i = 0; i < entries; i++) {
            int entry = directory + 2 + i * 12;
            if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
                int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
                return value >= 1 && value <= 8 ? value : UPRIGHT;
            }
        }
        return UPRIGHT;
    }

    /** Whether the picture's width is its stored height (turned a quarter, possibly mirrored). */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The pixels as the camera meant them to be seen. */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        var turn = new AffineTransform();
        switch (orientation) {
            case 2 -> { turn.scale(-1, 1); turn.translate(-w, 0); }
            case 3 -> { turn.translate(w, h); turn.rotate(Math.PI); }
            case 4 -> { turn.scale(1, -1); turn.translate(0, -h); }
            case 5 -> { turn.rotate(-Math.PI / 2); turn.scale(-1, 1); }
            case 6 -> { turn.translate(h, 0); turn.rotate(Math.PI / 2); }
            case 7 -> { turn.scale(-1, 1); turn.translate(-h, 0); turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
            default -> { turn.translate(0, w); turn.rotate(3 * Math.PI / 2); }
        }
        var upright = new BufferedImage(swapsSides(orientation) ? h : w, swapsSides(orientation) ? w : h,
                BufferedImage.TYPE_INT_RGB);
        new AffineTransformOp(turn, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(stored), upright);
        return upright;
    }

    private static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var graphics = rgb.createGraphics();
        graphics.drawImage(image, 0, 0, null);
        graphics.dispose();
        return rgb;
    }
}
