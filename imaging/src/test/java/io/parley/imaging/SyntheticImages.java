package io.parley.imaging;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Test images drawn with Java2D: two synthetic brand logos (drawn as vectors at any size, so a logo in a photo is
 * rendered afresh rather than resampled from the registered PNG) and photo-like backgrounds.
 */
final class SyntheticImages {

    /** Design size of both logos; they are drawn scaled from it. */
    static final int LOGO_W = 400;
    static final int LOGO_H = 160;

    private SyntheticImages() {
    }

    /** "Parley" brand: orange disc, teal rounded square, navy word, magenta underline. */
    static void drawParley(Graphics2D g, double x, double y, double width) {
        Graphics2D c = prepare(g, x, y, width);
        c.setColor(new Color(0xF2, 0x8C, 0x28));
        c.fill(new Ellipse2D.Double(4, 10, 140, 140));
        c.setColor(new Color(0x14, 0x9C, 0x8F));
        c.fill(new RoundRectangle2D.Double(70, 40, 80, 80, 24, 24));
        c.setColor(new Color(0x1B, 0x26, 0x5E));
        c.setFont(new Font("DejaVu Sans", Font.BOLD, 78));
        c.drawString("Parley", 160, 108);
        c.setColor(new Color(0xD6, 0x2F, 0x8A));
        c.fill(new Rectangle2D.Double(162, 124, 230, 16));
        c.dispose();
    }

    /** A different brand of the same size: green triangle, purple word, yellow bar. */
    static void drawAcme(Graphics2D g, double x, double y, double width) {
        Graphics2D c = prepare(g, x, y, width);
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

    private static Graphics2D prepare(Graphics2D g, double x, double y, double width) {
        Graphics2D c = (Graphics2D) g.create();
        c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        c.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        c.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        c.translate(x, y);
        c.scale(width / LOGO_W, width / LOGO_W);
        return c;
    }

    interface LogoPainter {
        void draw(Graphics2D g, double x, double y, double width);
    }

    /** The registered logo: drawn at {@code width} on a transparent canvas, as PNG. */
    static byte[] logoPng(LogoPainter painter, int width) {
        int height = (int) Math.round(width * LOGO_H / (double) LOGO_W);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        painter.draw(g, 0, 0, width);
        g.dispose();
        return png(image);
    }

    /** Photo-like: a two-colour gradient, overlapping translucent shapes and strokes, a few words. */
    static BufferedImage background(int width, int height, long seed) {
        Random random = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, randomColour(random, 255), width * random.nextFloat(), height,
                randomColour(random, 255)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 70; i++) {
            g.setColor(randomColour(random, 90 + random.nextInt(166)));
            double w = width * (0.02 + 0.25 * random.nextDouble());
            double h = height * (0.02 + 0.25 * random.nextDouble());
            double x = random.nextDouble() * width - w / 2;
            double y = random.nextDouble() * height - h / 2;
            switch (random.nextInt(4)) {
                case 0 -> g.fill(new Ellipse2D.Double(x, y, w, h));
                case 1 -> g.fill(new Rectangle2D.Double(x, y, w, h));
                case 2 -> {
                    g.setStroke(new BasicStroke(1 + random.nextFloat() * 8));
                    g.draw(new java.awt.geom.Line2D.Double(x, y, x + w, y + h));
                }
                default -> {
                    AffineTransform saved = g.getTransform();
                    g.rotate(random.nextDouble() * Math.PI, x + w / 2, y + h / 2);
                    g.fill(new RoundRectangle2D.Double(x, y, w, h, w / 3, h / 3));
                    g.setTransform(saved);
                }
            }
        }
        String[] words = {"Summer", "SALE", "new", "Καλοκαίρι", "Lato", "лето"};
        for (int i = 0; i < 4; i++) {
            g.setColor(randomColour(random, 255));
            g.setFont(new Font("DejaVu Sans", random.nextBoolean() ? Font.BOLD : Font.PLAIN,
                    (int) (height * (0.03 + 0.08 * random.nextDouble()))));
            g.drawString(words[random.nextInt(words.length)], (float) (random.nextDouble() * width * 0.8),
                    (float) (height * (0.1 + 0.85 * random.nextDouble())));
        }
        g.dispose();
        return image;
    }

    private static Color randomColour(Random random, int alpha) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), alpha);
    }

    /** Sensor-like noise: independent Gaussian per channel. */
    static void addNoise(BufferedImage image, double sigma, long seed) {
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = clamp(((p >> 16) & 0xFF) + random.nextGaussian() * sigma);
                int gr = clamp(((p >> 8) & 0xFF) + random.nextGaussian() * sigma);
                int b = clamp((p & 0xFF) + random.nextGaussian() * sigma);
                image.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] jpeg(BufferedImage image, float quality) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** Logo height for a logo drawn {@code width} wide. */
    static double logoHeight(double width) {
        return width * LOGO_H / LOGO_W;
    }
}
