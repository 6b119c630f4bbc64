package org.broadsheet.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.broadsheet.content.ImageLibrary;
import org.broadsheet.content.ImageRefusedException;
import org.broadsheet.content.Picture;
import org.junit.jupiter.api.Test;

/** What an upload becomes, and what is refused, with the reason an editor reads. */
class RenditionsTest {

    @Test
    void a_photograph_is_kept_at_each_width_readers_need_and_no_wider_than_the_largest() throws IOException {
        var result = Renditions.of(photograph(3000, 2000, "jpeg"));

        assertThat(result.format()).isEqualTo(Picture.Format.JPEG);
        assertThat(result.width()).isEqualTo(1600);
        assertThat(result.height()).isEqualTo(1067);
        assertThat(result.files().keySet()).containsExactly(480, 960, 1600);
        for (var file : result.files().entrySet()) {
            var decoded = ImageIO.read(new ByteArrayInputStream(file.getValue()));
            assertThat(decoded.getWidth()).isEqualTo(file.getKey());
            assertThat(decoded.getHeight()).isEqualTo(new Picture(1, result.width(), result.height(),
                    result.format()).heightAt(file.getKey()));
        }
        assertThat(ImageIO.getImageReaders(ImageIO.createImageInputStream(
                new ByteArrayInputStream(result.files().get(480)))).next().getFormatName()).isEqualToIgnoringCase("jpeg");
    }

    @Test
    void a_narrower_picture_is_kept_at_its_own_width_and_a_png_stays_a_png() throws IOException {
        var result = Renditions.of(photograph(700, 400, "png"));

        assertThat(result.format()).isEqualTo(Picture.Format.PNG);
        assertThat(result.files().keySet()).containsExactly(480, 700);
        assertThat(ImageIO.read(new ByteArrayInputStream(result.files().get(700))).getWidth()).isEqualTo(700);
    }

    @Test
    void someones_own_picture_is_kept_at_one_modest_width_and_may_be_smaller_than_an_articles() throws IOException {
        var result = Renditions.portrait(photograph(3000, 4000, "jpeg"));
        assertThat(result.files().keySet()).containsExactly(ImageLibrary.WIDEST_PORTRAIT);
        assertThat(result.height()).isEqualTo(640);
        assertThat(Renditions.portrait(photograph(200, 200, "png")).files().keySet()).containsExactly(200);
        assertThatThrownBy(() -> Renditions.portrait(photograph(100, 100, "png")))
                .isInstanceOf(ImageRefusedException.class)
                .hasMessage("The image is 100 pixels wide; a picture needs at least 128 to look sharp on a phone.");
    }

    @Test
    void what_the_camera_wrote_beside_the_picture_is_not_kept() throws IOException {
        var jpeg = photograph(800, 600, "jpeg");
        var secret = "GPS 51.5007N 0.1246W".getBytes(StandardCharsets.US_ASCII);
        // An APP1 segment right after the start-of-image marker, where cameras put Exif data.
        var segment = ByteBuffer.allocate(4 + 6 + secret.length)
                .put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + secret.length))
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(secret).array();
        var withExif = new ByteArrayOutputStream();
        withExif.write(jpeg, 0, 2);
        withExif.write(segment);
        withExif.write(jpeg, 2, jpeg.length - 2);
        assertThat(contains(withExif.toByteArray(), secret)).as("the upload carries it").isTrue();

        var result = Renditions.of(withExif.toByteArray());

        assertThat(result.files().values()).noneMatch(file -> contains(file, secret));
    }

    @Test
    void a_photograph_a_phone_stored_sideways_is_turned_upright_before_its_metadata_is_dropped() throws IOException {
        // 800 × 600 as stored, red in the stored top-left corner; Orientation 6: turn a quarter clockwise to view.
        var image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 800, 600);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 200, 150);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);

        var result = Renditions.of(withExif(out.toByteArray(), orientation(6)));

        assertThat(result.width()).isEqualTo(600);
        assertThat(result.height()).isEqualTo(800);
        var upright = ImageIO.read(new ByteArrayInputStream(result.files().get(600)));
        assertThat(upright.getWidth()).isEqualTo(600);
        assertThat(new Color(upright.getRGB(550, 50)).getRed()).as("red is now top right").isGreaterThan(200);
        assertThat(new Color(upright.getRGB(550, 50)).getGreen()).isLessThan(80);
        assertThat(new Color(upright.getRGB(50, 50)).getGreen()).as("top left is white").isGreaterThan(200);
    }

    @Test
    void a_picture_more_than_four_times_as_tall_as_wide_is_refused() throws IOException {
        assertThatThrownBy(() -> Renditions.of(pngHeader(500, 2_100)))
                .hasMessage("The image is 500 × 2100 pixels; a picture may be at most 4 times as tall as it is wide.");
    }

    @Test
    void anything_but_a_jpeg_or_png_is_refused_whatever_it_is_called() throws IOException {
        assertThatThrownBy(() -> Renditions.of("<img src=x onerror=alert(1)>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ImageRefusedException.class).hasMessage("Upload a JPEG or PNG image; this file is neither.");
        assertThatThrownBy(() -> Renditions.of(photograph(800, 600, "gif")))
                .isInstanceOf(ImageRefusedException.class).hasMessageContaining("JPEG or PNG");
        assertThatThrownBy(() -> Renditions.of(new byte[0])).hasMessage("The file is empty.");
    }

    @Test
    void a_damaged_file_is_refused_with_a_reason() throws IOException {
        var jpeg = photograph(800, 600, "jpeg");
        var cut = Arrays.copyOf(jpeg, 200);

        assertThatThrownBy(() -> Renditions.of(cut)).isInstanceOf(ImageRefusedException.class)
                .hasMessageStartingWith("The image could not be read");
    }

    @Test
    void too_small_too_large_and_too_many_pixels_are_refused_before_decoding() throws IOException {
        assertThatThrownBy(() -> Renditions.of(photograph(300, 200, "png")))
                .hasMessage("The image is 300 pixels wide; a picture needs at least 480 to look sharp on a phone.");
        assertThatThrownBy(() -> Renditions.of(new byte[ImageLibrary.MAX_BYTES + 1]))
                .hasMessage("The file is 8 MB; upload one of at most 8 MB.");
        // A header claiming 20,000 × 20,000 pixels over almost no data: a decompression bomb.
        assertThatThrownBy(() -> Renditions.of(pngHeader(20_000, 20_000)))
                .hasMessage("The image is 20000 × 20000 pixels; upload one of at most 40 megapixels.");
    }

    @Test
    void a_picture_lists_its_widths_and_addresses() {
        var picture = new Picture(12, 1600, 900, Picture.Format.JPEG);

        assertThat(picture.widths()).isEqualTo(List.of(480, 960, 1600));
        assertThat(Picture.widthsFor(480)).isEqualTo(List.of(480));
        assertThat(picture.heightAt(480)).isEqualTo(270);
        assertThat(picture.largestPath()).isEqualTo("images/12/1600.jpg");
        assertThat(picture.srcset()).isEqualTo("images/12/480.jpg 480w, images/12/960.jpg 960w, images/12/1600.jpg 1600w");
    }

    private static byte[] photograph(int width, int height, String format) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, Color.ORANGE, width, height, Color.BLUE));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** Exif's TIFF structure (big-endian) with one entry: Orientation. */
    private static byte[] orientation(int value) {
        return ByteBuffer.allocate(6 + 8 + 2 + 12 + 4)
                .put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8)
                .putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) value).putShort((short) 0)
                .putInt(0)
                .array();
    }

    /** The JPEG with an APP1 segment holding {@code payload} right after its start-of-image marker. */
    private static byte[] withExif(byte[] jpeg, byte[] payload) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(ByteBuffer.allocate(4).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + payload.length)).array());
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] pngHeader(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        var chunk = ByteBuffer.allocate(4 + 4 + 13 + 4).putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(header);
        var crc = new CRC32();
        crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
        crc.update(header);
        chunk.putInt((int) crc.getValue());
        var png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        png.writeBytes(chunk.array());
        return png.toByteArray();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
