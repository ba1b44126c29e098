package io.parley.bench.imaging;

import io.parley.imaging.ImageInspector;
import io.parley.imaging.ImageReport;
import io.parley.imaging.RegisteredLogo;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Time to inspect a 1080 × 1080 JPEG for one registered logo (decode, metadata, logo search), single thread.
 *
 * <p>24 different photos are generated (busy shapes, gradient, sensor noise, JPEG quality 0.88); 20 hold the logo at a
 * random place and a width of 5–40 % of the image, 4 do not. After a warm-up pass over all of them, each is inspected
 * {@code -Drounds} times (default 5) in turn with the same {@link ImageInspector}, as a service would; the figures are
 * wall time and the thread's CPU time per inspection, p50 / p95 / max, plus how many of the drawn logos were found.
 */
public final class ImageCheckBenchmark {

    private ImageCheckBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = Integer.getInteger("rounds", 5);
        Random random = new Random(2026);
        RegisteredLogo logo = new RegisteredLogo("brand", png(logoImage(400)));
        List<byte[]> photos = new ArrayList<>();
        List<Boolean> hasLogo = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            BufferedImage photo = background(1080, 1080, random);
            boolean withLogo = i < 20;
            if (withLogo) {
                double width = 1080 * (0.05 + 0.35 * random.nextDouble());
                Graphics2D g = photo.createGraphics();
                drawLogo(g, random.nextDouble() * (1080 - width), random.nextDouble() * (1080 - width * 0.4), width);
                g.dispose();
            }
            addNoise(photo, 6, random);
            photos.add(jpeg(photo));
            hasLogo.add(withLogo);
        }
        ImageInspector inspector = new ImageInspector();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (byte[] photo : photos) {
            inspector.inspect(photo, List.of(logo)); // warm-up: JIT, caches
        }
        int n = rounds * photos.size();
        long[] wall = new long[n];
        long[] cpu = new long[n];
        int found = 0;
        int falseSightings = 0;
        int k = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < photos.size(); i++) {
                long c0 = threads.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                ImageReport report = inspector.inspect(photos.get(i), List.of(logo));
                wall[k] = System.nanoTime() - t0;
                cpu[k] = threads.getCurrentThreadCpuTime() - c0;
                k++;
                if (r == 0) {
                    if (hasLogo.get(i) && report.logos().size() == 1) {
                        found++;
                    } else if (!hasLogo.get(i) || report.logos().size() > 1) {
                        falseSightings += report.logos().size() - (hasLogo.get(i) ? 1 : 0);
                    }
                }
            }
        }
        System.out.printf("ImageCheckBenchmark: 1080x1080 JPEG, 1 registered logo, %d inspections (%d photos x %d)%n",
                n, photos.size(), rounds);
        System.out.printf("  wall ms: p50 %.1f  p95 %.1f  max %.1f%n", pct(wall, 50), pct(wall, 95), pct(wall, 100));
        System.out.printf("  cpu  ms: p50 %.1f  p95 %.1f  max %.1f%n", pct(cpu, 50), pct(cpu, 95), pct(cpu, 100));
        System.out.printf("  logos found: %d of 20 drawn; sightings where none was drawn: %d%n", found, falseSightings);
        System.out.printf("  machine: %d cores, load average %.1f, %s%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), System.getProperty("java.vm.version"));
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static BufferedImage logoImage(int width) {
        BufferedImage image = new BufferedImage(width, (int) (width * 0.4), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        drawLogo(g, 0, 0, width);
        g.dispose();
        return image;
    }

    /** A brand mark: orange disc, teal rounded square, navy word, magenta underline (400 × 160 design units). */
    private static void drawLogo(Graphics2D g, double x, double y, double width) {
        Graphics2D c = (Graphics2D) g.create();
        c.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        c.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        c.translate(x, y);
        c.scale(width / 400, width / 400);
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

    private static BufferedImage background(int width, int height, Random random) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, colour(random, 255), width, height, colour(random, 255)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 70; i++) {
            g.setColor(colour(random, 90 + random.nextInt(166)));
            double w = width * (0.02 + 0.25 * random.nextDouble());
            double h = height * (0.02 + 0.25 * random.nextDouble());
            double x = random.nextDouble() * width - w / 2;
            double y = random.nextDouble() * height - h / 2;
            if (random.nextBoolean()) {
                g.fill(new Ellipse2D.Double(x, y, w, h));
            } else {
                g.fill(new RoundRectangle2D.Double(x, y, w, h, w / 4, h / 4));
            }
        }
        g.dispose();
        return image;
    }

    private static Color colour(Random random, int alpha) {
        return new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256), alpha);
    }

    private static void addNoise(BufferedImage image, double sigma, Random random) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                int r = clamp(((p >> 16) & 0xFF) + random.nextGaussian() * sigma);
                int g = clamp(((p >> 8) & 0xFF) + random.nextGaussian() * sigma);
                int b = clamp((p & 0xFF) + random.nextGaussian() * sigma);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.88f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
