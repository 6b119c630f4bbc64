package org.broadsheet.app;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * The demo's one picture, drawn rather than shipped (the repository carries no photograph it would have to
 * license): an electric ferry charging at a quay at dusk, for the ferries article.
 */
final class DemoPicture {

    static final String ALT = "Drawing of a small white ferry moored at a quay beside a charging mast, at dusk";
    static final String CAPTION = "Ten minutes on the charger at each end of the crossing.";
    static final String CREDIT = "Illustration: the Broadsheet demo";

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;

    private DemoPicture() {
    }

    static byte[] ferryAtTheQuay() {
        var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            int horizon = 560;
            g.setPaint(new GradientPaint(0, 0, new Color(0x2b, 0x3a, 0x67), 0, horizon, new Color(0xf4, 0xa2, 0x59)));
            g.fillRect(0, 0, WIDTH, horizon);
            g.setColor(new Color(0xfd, 0xe2, 0x9c));
            g.fillOval(1120, 400, 140, 140);
            g.setPaint(new GradientPaint(0, horizon, new Color(0x3d, 0x5a, 0x80), 0, HEIGHT, new Color(0x12, 0x1f, 0x33)));
            g.fillRect(0, horizon, WIDTH, HEIGHT - horizon);
            g.setColor(new Color(0x4a, 0x4e, 0x54));
            g.fillRect(0, 600, 520, 300);
            g.setColor(new Color(0x2e, 0x31, 0x36));
            g.fillRect(380, 330, 36, 270);
            g.setStroke(new BasicStroke(10f));
            g.setColor(new Color(0x1c, 0x1c, 0x1c));
            g.drawLine(398, 360, 660, 505);
            g.setColor(new Color(0x6f, 0xd0, 0x8c));
            g.fillOval(386, 340, 24, 24);
            g.setColor(new Color(0xf2, 0xf2, 0xf0));
            g.fill(new Polygon(new int[] {520, 1330, 1260, 560}, new int[] {600, 600, 700, 700}, 4));
            g.fillRect(640, 500, 520, 100);
            g.setColor(new Color(0x1f, 0x4e, 0x79));
            for (int x = 670; x < 1130; x += 70) {
                g.fillRect(x, 525, 44, 36);
            }
            g.setColor(new Color(0xc8, 0x3a, 0x2e));
            g.fillRect(540, 640, 760, 16);
            g.setColor(new Color(255, 255, 255, 40));
            for (int y = 720; y < HEIGHT; y += 36) {
                g.drawLine(560 + (y % 72), y, 1280 - (y % 72), y);
            }
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
