package io.parley.imaging;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/** A generated photo with a logo drawn at a known place, and where the logo's visible pixels ended up. */
record Scene(BufferedImage image, double x, double y, double width, double height) {

    /** The opaque bounding box of a logo in design units (of {@link SyntheticImages#LOGO_W}), measured once. */
    private static final java.util.Map<SyntheticImages.LogoPainter, double[]> DESIGN_BOXES =
            new java.util.concurrent.ConcurrentHashMap<>();

    static double[] designBox(SyntheticImages.LogoPainter painter) {
        return DESIGN_BOXES.computeIfAbsent(painter, p -> {
            int scale = 10;
            BufferedImage big = new BufferedImage(SyntheticImages.LOGO_W * scale, SyntheticImages.LOGO_H * scale,
                    BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = big.createGraphics();
            p.draw(g, 0, 0, SyntheticImages.LOGO_W * scale);
            g.dispose();
            int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
            for (int y = 0; y < big.getHeight(); y++) {
                for (int x = 0; x < big.getWidth(); x++) {
                    if ((big.getRGB(x, y) >>> 24) >= 128) {
                        minX = Math.min(minX, x);
                        maxX = Math.max(maxX, x);
                        minY = Math.min(minY, y);
                        maxY = Math.max(maxY, y);
                    }
                }
            }
            return new double[] {minX / (double) scale, minY / (double) scale, (maxX - minX + 1) / (double) scale,
                    (maxY - minY + 1) / (double) scale};
        });
    }

    /**
     * Draws the logo {@code logoWidth} pixels wide (design width) with the centre of its visible part at
     * {@code (cx, cy)}, then adds sensor noise.
     */
    static Scene with(BufferedImage background, SyntheticImages.LogoPainter painter, double logoWidth, double cx,
                      double cy, long noiseSeed) {
        double s = logoWidth / SyntheticImages.LOGO_W;
        double[] box = designBox(painter);
        double w = box[2] * s;
        double h = box[3] * s;
        double left = cx - w / 2;
        double top = cy - h / 2;
        Graphics2D g = background.createGraphics();
        painter.draw(g, left - box[0] * s, top - box[1] * s, logoWidth);
        g.dispose();
        SyntheticImages.addNoise(background, 6, noiseSeed);
        return new Scene(background, left, top, w, h);
    }

    double iou(LogoSighting s) {
        double ix = Math.max(0, Math.min(x + width, s.x() + s.width()) - Math.max(x, s.x()));
        double iy = Math.max(0, Math.min(y + height, s.y() + s.height()) - Math.max(y, s.y()));
        double inter = ix * iy;
        return inter / (width * height + (double) s.width() * s.height() - inter);
    }

    Rectangle rounded() {
        return new Rectangle((int) Math.round(x), (int) Math.round(y), (int) Math.round(width),
                (int) Math.round(height));
    }
}
