package io.parley.imaging;

import boofcv.alg.filter.misc.AverageDownSampleOps;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.Planar;

import java.awt.image.BufferedImage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A registered logo prepared for searching: cropped to its opaque pixels, kept as alpha-premultiplied RGB planes and
 * an alpha plane, from which templates of any size are made by area averaging (BoofCV {@link AverageDownSampleOps}),
 * the same resampling that builds the image pyramid. Templates are cached per size; the class is thread-safe.
 */
final class LogoModel {

    /** A pixel belongs to the logo when its (resampled) alpha is at least this. */
    static final float OPAQUE = 0.5f;
    private static final int MAX_CACHED_TEMPLATES = 512;
    /** More edge points add little but time; they are taken evenly along the edges. */
    static final int MAX_EDGE_POINTS = 400;
    /** Small templates keep about one edge point per four pixels, at least this many. */
    static final int EDGE_POINT_FLOOR = 48;

    final String id;
    final int width;
    final int height;
    /** width ÷ height of the opaque bounding box. */
    final double aspect;
    private final Planar<GrayF32> premultiplied;
    private final GrayF32 alpha;
    private final ConcurrentHashMap<Long, Template> templates = new ConcurrentHashMap<>();

    private LogoModel(String id, Planar<GrayF32> premultiplied, GrayF32 alpha) {
        this.id = id;
        this.width = alpha.width;
        this.height = alpha.height;
        this.aspect = width / (double) height;
        this.premultiplied = premultiplied;
        this.alpha = alpha;
    }

    static LogoModel of(String id, BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
        boolean hasAlpha = image.getColorModel().hasAlpha();
        int minX = w, minY = h, maxX = -1, maxY = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int a = hasAlpha ? argb[y * w + x] >>> 24 : 255;
                if (a >= 128) {
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        if (maxX < 0) {
            throw new InvalidLogoException(id, "is fully transparent");
        }
        int cw = maxX - minX + 1;
        int ch = maxY - minY + 1;
        if (cw < 8 || ch < 8) {
            throw new InvalidLogoException(id, "its opaque area is " + cw + " × " + ch + " pixels; at least 8 × 8 needed");
        }
        Planar<GrayF32> pm = new Planar<>(GrayF32.class, cw, ch, 3);
        GrayF32 alpha = new GrayF32(cw, ch);
        int opaque = 0;
        double sum = 0;
        double sumSq = 0;
        for (int y = 0; y < ch; y++) {
            for (int x = 0; x < cw; x++) {
                int p = argb[(y + minY) * w + x + minX];
                float a = hasAlpha ? (p >>> 24) / 255f : 1f;
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                alpha.unsafe_set(x, y, a);
                pm.getBand(0).unsafe_set(x, y, a * r);
                pm.getBand(1).unsafe_set(x, y, a * g);
                pm.getBand(2).unsafe_set(x, y, a * b);
                if (a >= OPAQUE) {
                    opaque++;
                    double luma = Luma.of(r, g, b);
                    sum += luma;
                    sumSq += luma * luma;
                }
            }
        }
        double variance = sumSq / opaque - (sum / opaque) * (sum / opaque);
        if (variance < 16) { // standard deviation under 4 grey levels
            throw new InvalidLogoException(id, "has no contrast inside its opaque area (a single flat colour);"
                    + " register a version with its inner detail or on its usual background");
        }
        return new LogoModel(id, pm, alpha);
    }

    /** The logo resampled to {@code w × h}, with its opaque pixels listed. */
    Template template(int w, int h) {
        long key = ((long) w << 32) | h;
        Template t = templates.get(key);
        if (t == null) {
            t = Template.make(premultiplied, alpha, w, h);
            if (templates.size() > MAX_CACHED_TEMPLATES) {
                templates.clear();
            }
            templates.put(key, t);
        }
        return t;
    }

    /**
     * A logo template at one size: the positions of its opaque pixels with their zero-mean R, G, B values and the
     * root of each channel's sum of squares (the template's part of the NCC denominator), and its edge points.
     */
    static final class Template {
        final int width;
        final int height;
        final int count;
        final int[] xs;
        final int[] ys;
        final float[][] rgb;
        final double[] rgbNorm;
        /** Edge points: position and unit gradient direction (sign free: the background decides it at the rim). */
        final int edgeCount;
        final int[] edgeXs;
        final int[] edgeYs;
        final float[] edgeDx;
        final float[] edgeDy;

        private Template(int width, int height, int[] xs, int[] ys, float[][] rgb, double[] rgbNorm,
                         int[] edgeXs, int[] edgeYs, float[] edgeDx, float[] edgeDy) {
            this.edgeCount = edgeXs.length;
            this.edgeXs = edgeXs;
            this.edgeYs = edgeYs;
            this.edgeDx = edgeDx;
            this.edgeDy = edgeDy;
            this.width = width;
            this.height = height;
            this.count = xs.length;
            this.xs = xs;
            this.ys = ys;
            this.rgb = rgb;
            this.rgbNorm = rgbNorm;
        }

        static Template make(Planar<GrayF32> premultiplied, GrayF32 alpha, int w, int h) {
            Planar<GrayF32> pm = new Planar<>(GrayF32.class, w, h, 3);
            GrayF32 a = new GrayF32(w, h);
            AverageDownSampleOps.down(premultiplied, pm);
            AverageDownSampleOps.down(alpha, a);
            int n = 0;
            for (int i = 0; i < w * h; i++) {
                if (a.data[i] >= OPAQUE) {
                    n++;
                }
            }
            int[] xs = new int[n];
            int[] ys = new int[n];
            float[][] rgb = new float[3][n];
            int k = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float av = a.data[y * w + x];
                    if (av >= OPAQUE) {
                        float r = pm.getBand(0).data[y * w + x] / av;
                        float g = pm.getBand(1).data[y * w + x] / av;
                        float b = pm.getBand(2).data[y * w + x] / av;
                        xs[k] = x;
                        ys[k] = y;
                        rgb[0][k] = r;
                        rgb[1][k] = g;
                        rgb[2][k] = b;
                        k++;
                    }
                }
            }
            double[] rgbNorm = {centre(rgb[0]), centre(rgb[1]), centre(rgb[2])};
            return edges(pm, a, w, h, xs, ys, rgb, rgbNorm);
        }

        /**
         * Picks the template's edge points. The logo's rim has an unknown background on one side, so the gradient is
         * taken with the logo over black and over white and the stronger one kept: the rim's direction is the same
         * either way, only its sign depends on the background.
         */
        private static Template edges(Planar<GrayF32> pm, GrayF32 a, int w, int h, int[] xs, int[] ys,
                                      float[][] rgb, double[] rgbNorm) {
            float[] overBlack = new float[(w + 2) * (h + 2)];
            float[] overWhite = new float[(w + 2) * (h + 2)];
            java.util.Arrays.fill(overWhite, 255f);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    float luma = (float) Luma.of(pm.getBand(0).data[i], pm.getBand(1).data[i], pm.getBand(2).data[i]);
                    overBlack[(y + 1) * (w + 2) + x + 1] = luma;
                    overWhite[(y + 1) * (w + 2) + x + 1] = luma + (1 - a.data[i]) * 255f;
                }
            }
            float[] gx = new float[w * h];
            float[] gy = new float[w * h];
            float[] mag = new float[w * h];
            float max = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    float[] g1 = sobel(overBlack, w + 2, x + 1, y + 1);
                    float[] g2 = sobel(overWhite, w + 2, x + 1, y + 1);
                    float m1 = g1[0] * g1[0] + g1[1] * g1[1];
                    float m2 = g2[0] * g2[0] + g2[1] * g2[1];
                    float[] g = m1 >= m2 ? g1 : g2;
                    int i = y * w + x;
                    gx[i] = g[0];
                    gy[i] = g[1];
                    mag[i] = (float) Math.sqrt(Math.max(m1, m2));
                    max = Math.max(max, mag[i]);
                }
            }
            float threshold = Math.max(0.25f * max, 4 * 12f);
            int candidates = 0;
            for (float m : mag) {
                if (m >= threshold) {
                    candidates++;
                }
            }
            int maxPoints = Math.max(EDGE_POINT_FLOOR, Math.min(MAX_EDGE_POINTS, w * h / 4));
            int stride = Math.max(1, (int) Math.ceil(candidates / (double) maxPoints));
            int n = (candidates + stride - 1) / stride;
            int[] ex = new int[n];
            int[] ey = new int[n];
            float[] edx = new float[n];
            float[] edy = new float[n];
            int seen = 0;
            int k = 0;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (mag[i] >= threshold) {
                        if (seen++ % stride == 0 && k < n) {
                            ex[k] = x;
                            ey[k] = y;
                            edx[k] = gx[i] / mag[i];
                            edy[k] = gy[i] / mag[i];
                            k++;
                        }
                    }
                }
            }
            return new Template(w, h, xs, ys, rgb, rgbNorm,
                    java.util.Arrays.copyOf(ex, k), java.util.Arrays.copyOf(ey, k),
                    java.util.Arrays.copyOf(edx, k), java.util.Arrays.copyOf(edy, k));
        }

        private static float[] sobel(float[] v, int stride, int x, int y) {
            int c = y * stride + x;
            float dx = (v[c - stride + 1] + 2 * v[c + 1] + v[c + stride + 1])
                    - (v[c - stride - 1] + 2 * v[c - 1] + v[c + stride - 1]);
            float dy = (v[c + stride - 1] + 2 * v[c + stride] + v[c + stride + 1])
                    - (v[c - stride - 1] + 2 * v[c - stride] + v[c - stride + 1]);
            return new float[] {dx, dy};
        }

        /** Offsets of the edge points in an image with the given row stride. */
        int[] edgeOffsets(int stride) {
            int[] offsets = new int[edgeCount];
            for (int k = 0; k < edgeCount; k++) {
                offsets[k] = edgeYs[k] * stride + edgeXs[k];
            }
            return offsets;
        }

        /** Subtracts the mean; returns the root of the sum of squares that remains. */
        private static double centre(float[] values) {
            if (values.length == 0) {
                return 0;
            }
            double mean = 0;
            for (float v : values) {
                mean += v;
            }
            mean /= values.length;
            double ss = 0;
            for (int i = 0; i < values.length; i++) {
                values[i] -= (float) mean;
                ss += values[i] * values[i];
            }
            return Math.sqrt(ss);
        }
    }
}
