package io.parley.standards.checks;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/** Images drawn for the tests: the Acme logo, and photo-like scenes with or without it. */
final class DrawnImages {

    static final int LOGO_W = 400;
    static final int LOGO_H = 160;

    private DrawnImages() {
    }

    /** Green triangle, purple word, yellow bar, drawn {@code width} wide at (x, y). */
    static void acmeLogo(Graphics2D g, double x, double y, double width) {
        Graphics2D c = (Graphics2D) g.create();
        c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        c.translate(x, y);
        c.scale(width / LOGO_W, width / LOGO_W);
        Path2D triangle = new Path2D.Double();
        triangle.moveTo(6, 150);
        triangle.lineTo(76, 8);
        triangle.lineTo(146, 150);
        triangle.closePath();
        c.setColor(new Color(0x2E, 0xA0, 0x43));
        c.fill(triangle);
        c.setColor(new Color(0x6A, 0x2C, 0x91));
        c.setFont(new Font("DejaVu Serif", Font.BOLD, 80));
        c.drawString("Acme", 165, 110);
        c.setColor(new Color(0xF5, 0xC5, 0x18));
        c.fill(new Rectangle2D.Double(166, 126, 220, 18));
        c.dispose();
    }

    static byte[] logoPng() {
        BufferedImage image = new BufferedImage(LOGO_W, LOGO_H, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        acmeLogo(g, 0, 0, LOGO_W);
        g.dispose();
        return encode(image, "png");
    }

    /**
     * A photo-like scene {@code width}×{@code height}; when {@code logoShare} is above zero, the logo is
     * drawn that share of the width wide with its top-left corner at (x, y) given as shares of the image.
     */
    static byte[] scene(int width, int height, double logoShare, double x, double y, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0xE8, 0xF1, 0xF8), width, height, new Color(0xC9, 0xD8, 0xE6)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 25; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), 70));
            double w = width * (0.05 + 0.2 * random.nextDouble());
            double h = height * (0.05 + 0.2 * random.nextDouble());
            g.fill(new Ellipse2D.Double(random.nextDouble() * width, random.nextDouble() * height * 0.5, w, h));
            g.setStroke(new BasicStroke(2));
        }
        if (logoShare > 0) {
            acmeLogo(g, x * width, y * height, logoShare * width);
        }
        g.dispose();
        return encode(image, "jpg");
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
