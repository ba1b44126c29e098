package io.parley.imaging;

import boofcv.alg.filter.misc.AverageDownSampleOps;
import boofcv.struct.image.GrayF32;
import boofcv.struct.image.Planar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds one registered logo in one image: multi-scale, coarse-to-fine template matching on a grey pyramid by edge
 * direction (a shape score that ignores the unknown background around a transparent logo), confirmed by colour
 * normalised cross-correlation (NCC) at full resolution. See docs/image-checks.md.
 *
 * <ol>
 *   <li>Coarse: for every logo width from the smallest to the largest searched (steps of 15 %), pick the pyramid
 *   level at which the logo is a template of about {@value #COARSE_AREA} pixels and score every second position
 *   (then the positions around each local maximum) by the mean |cos| between the logo's edge directions and the
 *   image's gradients. Local maxima above {@value #COARSE_MIN} are candidates; the best {@value #CANDIDATES}, after
 *   non-maximum suppression across scales, go on.</li>
 *   <li>Refine: each candidate is searched again about twice as fine, in a small window around its predicted
 *   position and at sizes around its size (first ± one coarse step, then half as much each stage), until the
 *   template is {@value #FINE_WIDTH} pixels wide or the full resolution has been searched twice.</li>
 *   <li>Confirm: the box is compared with the logo at full resolution by masked NCC on R, G and B (the logo's opaque
 *   pixels only). The sighting is reported when that score reaches the configured minimum.</li>
 * </ol>
 * Instances are used by one thread for one image.
 */
final class LogoSearch {

    /** Template size (pixels of its box) at the coarse level. */
    static final int COARSE_AREA = 260;
    /** A template with fewer edge points than this is not scored. */
    static final int MIN_EDGE_POINTS = 12;
    /** The smallest logo box reported, whatever the image size. */
    static final int MIN_LOGO_WIDTH_PX = 24;
    static final int MIN_LOGO_HEIGHT_PX = 10;
    /** Ratio between successive logo widths searched. */
    static final double SCALE_STEP = 1.15;
    /** Shape scores: a coarse local maximum needs this, and so does a candidate after each refinement stage. */
    static final double COARSE_MIN = 0.40;
    static final double REFINE_MIN = 0.40;
    /** Local maxima kept per size, and candidates kept in all after non-maximum suppression. */
    static final int PER_SCALE = 6;
    static final int CANDIDATES = 24;
    /** Refinement stops at this template width; larger boxes are confirmed resampled to it. */
    static final int FINE_WIDTH = 144;
    /** Image windows flatter than this (grey-level variance) cannot hold a logo. */
    private static final double FLAT = 4.0;

    private final GreyPyramid pyramid;
    private final int[] rgb;
    private final int width;
    private final int height;
    private final InspectionSettings settings;
    private float[] scores = new float[0];

    LogoSearch(GreyPyramid pyramid, int[] rgb, InspectionSettings settings) {
        this.pyramid = pyramid;
        this.rgb = rgb;
        this.width = pyramid.width;
        this.height = pyramid.height;
        this.settings = settings;
    }

    /** A logo box in full-resolution coordinates. */
    private record Box(double x, double y, double w, double h, double score, int level) {
        double iou(Box o) {
            double ix = Math.max(0, Math.min(x + w, o.x + o.w) - Math.max(x, o.x));
            double iy = Math.max(0, Math.min(y + h, o.y + o.h) - Math.max(y, o.y));
            double inter = ix * iy;
            return inter / (w * h + o.w * o.h - inter);
        }
    }

    List<LogoSighting> find(LogoModel logo) {
        List<Box> coarse = coarse(logo);
        List<Box> accepted = new ArrayList<>();
        for (Box candidate : coarse) {
            Box refined = refine(logo, candidate);
            if (refined == null) {
                continue;
            }
            Box confirmed = confirm(logo, refined);
            if (confirmed != null && confirmed.score >= settings.minLogoScore()
                    && confirmed.w >= MIN_LOGO_WIDTH_PX && confirmed.h >= MIN_LOGO_HEIGHT_PX) {
                accepted.add(confirmed);
            }
        }
        accepted.sort(Comparator.comparingDouble(Box::score).reversed());
        List<LogoSighting> sightings = new ArrayList<>();
        List<Box> kept = new ArrayList<>();
        for (Box b : accepted) {
            if (kept.stream().noneMatch(k -> k.iou(b) > 0.3)) {
                kept.add(b);
                sightings.add(sighting(logo.id, b));
            }
        }
        return sightings;
    }

    private LogoSighting sighting(String id, Box b) {
        int x = (int) Math.round(b.x);
        int y = (int) Math.round(b.y);
        int w = (int) Math.round(b.w);
        int h = (int) Math.round(b.h);
        int clear = Math.max(0, Math.min(Math.min(x, y), Math.min(width - (x + w), height - (y + h))));
        double share = (double) w * h / ((double) width * height);
        return new LogoSighting(id, x, y, w, h, share, b.score, Placement.of(x, y, w, h, width, height), clear);
    }

    /** The coarsest level at which a logo this wide still has {@code pixels} opaque template pixels. */
    private int levelFor(LogoModel logo, double logoWidth, double pixels) {
        double logoHeight = logoWidth / logo.aspect;
        for (int k = pyramid.count() - 1; k > 0; k--) {
            double area = (logoWidth / pyramid.scaleX(k)) * (logoHeight / pyramid.scaleY(k));
            if (area >= pixels) {
                return k;
            }
        }
        return 0;
    }

    private List<Box> coarse(LogoModel logo) {
        double maxWidth = Math.min(Math.min(settings.maxLogoWidthShare() * width, height * logo.aspect), width);
        // below this a logo has too few pixels to be told from a blob of the same colours
        double minWidth = Math.max(settings.minLogoWidthShare() * width,
                Math.max(MIN_LOGO_WIDTH_PX, MIN_LOGO_HEIGHT_PX * logo.aspect));
        if (minWidth > maxWidth) {
            return List.of();
        }
        List<Box> all = new ArrayList<>();
        for (double logoWidth = minWidth; logoWidth <= maxWidth * 1.0001; logoWidth *= SCALE_STEP) {
            int k = levelFor(logo, logoWidth, COARSE_AREA);
            all.addAll(scanLevel(logo, k, logoWidth));
        }
        all.sort(Comparator.comparingDouble(Box::score).reversed());
        List<Box> kept = new ArrayList<>();
        for (Box b : all) {
            if (kept.size() == CANDIDATES) {
                break;
            }
            if (kept.stream().noneMatch(k -> k.iou(b) > 0.5)) {
                kept.add(b);
            }
        }
        return kept;
    }

    /** Scores every position of the logo at one size on one level; returns the best local maxima. */
    private List<Box> scanLevel(LogoModel logo, int k, double logoWidth) {
        GrayF32 level = pyramid.level(k);
        double sx = pyramid.scaleX(k);
        double sy = pyramid.scaleY(k);
        int tw = (int) Math.round(logoWidth / sx);
        int th = (int) Math.round(logoWidth / logo.aspect / sy);
        if (tw < 3 || th < 3 || tw > level.width || th > level.height) {
            return List.of();
        }
        LogoModel.Template t = logo.template(tw, th);
        if (t.edgeCount < MIN_EDGE_POINTS) {
            return List.of();
        }
        GrayF32[] dir = pyramid.directions(k);
        int[] offsets = t.edgeOffsets(level.stride);
        int cols = level.width - tw + 1;
        int rows = level.height - th + 1;
        // Score every second position in both directions (the score falls off over two or more pixels at this
        // coarse size), then polish each local maximum at the positions in between.
        int gridCols = (cols + 1) / 2;
        int gridRows = (rows + 1) / 2;
        if (scores.length < gridCols * gridRows) {
            scores = new float[gridCols * gridRows];
        }
        for (int gy = 0; gy < gridRows; gy++) {
            int y = gy * 2;
            for (int gx = 0; gx < gridCols; gx++) {
                int x = gx * 2;
                scores[gy * gridCols + gx] = (float) shape(dir, level.startIndex + y * level.stride + x, offsets, t);
            }
        }
        List<Box> best = new ArrayList<>();
        for (int gy = 0; gy < gridRows; gy++) {
            for (int gx = 0; gx < gridCols; gx++) {
                float s = scores[gy * gridCols + gx];
                if (s < COARSE_MIN || !isLocalMax(gridCols, gridRows, gx, gy, s)) {
                    continue;
                }
                int bx = gx * 2;
                int by = gy * 2;
                double bs = s;
                for (int y = Math.max(0, gy * 2 - 1); y <= Math.min(rows - 1, gy * 2 + 1); y++) {
                    for (int x = Math.max(0, gx * 2 - 1); x <= Math.min(cols - 1, gx * 2 + 1); x++) {
                        if ((x & 1) == 0 && (y & 1) == 0) {
                            continue;
                        }
                        double v = shape(dir, level.startIndex + y * level.stride + x, offsets, t);
                        if (v > bs) {
                            bs = v;
                            bx = x;
                            by = y;
                        }
                    }
                }
                best.add(new Box(bx * sx, by * sy, tw * sx, th * sy, bs, k));
            }
        }
        best.sort(Comparator.comparingDouble(Box::score).reversed());
        return best.size() > PER_SCALE ? new ArrayList<>(best.subList(0, PER_SCALE)) : best;
    }

    private boolean isLocalMax(int cols, int rows, int x, int y, float s) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if ((dx != 0 || dy != 0) && nx >= 0 && ny >= 0 && nx < cols && ny < rows) {
                    float n = scores[ny * cols + nx];
                    // ties go to the first in scan order
                    if (n > s || (n == s && (dy < 0 || (dy == 0 && dx < 0)))) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Shape score: mean |cos| of the angle between the logo's edge directions and the image's soft-normalised
     * gradients at the same points (0 … 1).
     */
    private static double shape(GrayF32[] dir, int base, int[] offsets, LogoModel.Template t) {
        float[] gx = dir[0].data;
        float[] gy = dir[1].data;
        float[] tx = t.edgeDx;
        float[] ty = t.edgeDy;
        double sum = 0;
        for (int i = 0; i < offsets.length; i++) {
            int j = base + offsets[i];
            sum += Math.abs(gx[j] * tx[i] + gy[j] * ty[i]);
        }
        return sum / offsets.length;
    }

    /** Searches two levels finer at a time, around the candidate's position and size. */
    private Box refine(LogoModel logo, Box candidate) {
        Box current = candidate;
        int atFullResolution = 0;
        for (int stage = 1; stage <= 8; stage++) {
            // two levels finer than the last (twice the resolution), or the full resolution once more
            int k = Math.min(levelFor(logo, current.w, COARSE_AREA * Math.pow(4, stage)),
                    Math.max(0, current.level - 1));
            double ratio = pyramid.scaleX(current.level) / pyramid.scaleX(k);
            int radius = (int) Math.ceil(ratio) + 1;
            // The first stage looks one coarse scale step either way, later ones half the step before.
            double[] sizes = stage == 1
                    ? new double[] {1 / SCALE_STEP, 1 / Math.sqrt(SCALE_STEP), 1, Math.sqrt(SCALE_STEP), SCALE_STEP}
                    : new double[] {1 / (1 + 0.07 / Math.pow(2, stage - 2)), 1, 1 + 0.07 / Math.pow(2, stage - 2)};
            Box best = null;
            for (double m : sizes) {
                Box b = searchAround(logo, k, current, current.w * m, radius);
                if (b != null && (best == null || b.score > best.score)) {
                    best = b;
                }
            }
            if (best == null || best.score < REFINE_MIN) {
                return null;
            }
            current = best;
            if (current.w / pyramid.scaleX(k) >= FINE_WIDTH || (k == 0 && ++atFullResolution == 2)) {
                break;
            }
        }
        return current;
    }

    private Box searchAround(LogoModel logo, int k, Box around, double logoWidth, int radius) {
        GrayF32 level = pyramid.level(k);
        double sx = pyramid.scaleX(k);
        double sy = pyramid.scaleY(k);
        int tw = (int) Math.round(logoWidth / sx);
        int th = (int) Math.round(logoWidth / logo.aspect / sy);
        if (tw < 3 || th < 3 || tw > level.width || th > level.height) {
            return null;
        }
        LogoModel.Template t = logo.template(tw, th);
        if (t.edgeCount < MIN_EDGE_POINTS) {
            return null;
        }
        GrayF32[] dir = pyramid.directions(k);
        int[] offsets = t.edgeOffsets(level.stride);
        // keep the centre where it was
        int cx = (int) Math.round((around.x + around.w / 2) / sx - tw / 2.0);
        int cy = (int) Math.round((around.y + around.h / 2) / sy - th / 2.0);
        Box best = null;
        for (int y = Math.max(0, cy - radius); y <= Math.min(level.height - th, cy + radius); y++) {
            for (int x = Math.max(0, cx - radius); x <= Math.min(level.width - tw, cx + radius); x++) {
                double s = shape(dir, level.startIndex + y * level.stride + x, offsets, t);
                if (best == null || s > best.score) {
                    best = new Box(x * sx, y * sy, tw * sx, th * sy, s, k);
                }
            }
        }
        return best;
    }

    /**
     * Colour NCC of the box with the logo at full resolution. A small box (at most {@value #FINE_WIDTH} pixels wide)
     * is compared directly, trying ±2 pixels and ±7 % in size, since at that size a pixel of misfit costs much
     * of the score; a larger one is cut out and resampled to {@value #FINE_WIDTH} pixels wide.
     */
    private Box confirm(LogoModel logo, Box box) {
        if (box.w <= FINE_WIDTH) {
            Box best = null;
            for (double m : new double[] {0.93, 0.965, 1, 1.035, 1.07}) {
                int w = (int) Math.round(box.w * m);
                int h = (int) Math.round(box.w * m / logo.aspect);
                if (w < 3 || h < 3 || w > width || h > height) {
                    continue;
                }
                LogoModel.Template t = logo.template(w, h);
                if (t.count < 8) {
                    continue;
                }
                int cx = (int) Math.round(box.x + box.w / 2 - w / 2.0);
                int cy = (int) Math.round(box.y + box.h / 2 - h / 2.0);
                for (int y = Math.max(0, cy - 2); y <= Math.min(height - h, cy + 2); y++) {
                    for (int x = Math.max(0, cx - 2); x <= Math.min(width - w, cx + 2); x++) {
                        double s = colourScore(t, rgb, width, x, y);
                        if (best == null || s > best.score) {
                            best = new Box(x, y, w, h, s, 0);
                        }
                    }
                }
            }
            return best;
        }
        int w = Math.min((int) Math.round(box.w), width);
        int h = Math.min((int) Math.round(box.h), height);
        int x0 = Math.max(0, Math.min((int) Math.round(box.x), width - w));
        int y0 = Math.max(0, Math.min((int) Math.round(box.y), height - h));
        Planar<GrayF32> crop = new Planar<>(GrayF32.class, w, h, 3);
        for (int y = 0; y < h; y++) {
            int row = (y0 + y) * width + x0;
            for (int x = 0; x < w; x++) {
                int p = rgb[row + x];
                crop.getBand(0).data[y * w + x] = (p >> 16) & 0xFF;
                crop.getBand(1).data[y * w + x] = (p >> 8) & 0xFF;
                crop.getBand(2).data[y * w + x] = p & 0xFF;
            }
        }
        int vh = Math.max(3, (int) Math.round(h * FINE_WIDTH / (double) w));
        Planar<GrayF32> sample = new Planar<>(GrayF32.class, FINE_WIDTH, vh, 3);
        AverageDownSampleOps.down(crop, sample);
        LogoModel.Template t = logo.template(FINE_WIDTH, vh);
        if (t.count < 8) {
            return null;
        }
        int[] packed = new int[FINE_WIDTH * vh];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = (Math.round(sample.getBand(0).data[i]) << 16) | (Math.round(sample.getBand(1).data[i]) << 8)
                    | Math.round(sample.getBand(2).data[i]);
        }
        return new Box(x0, y0, w, h, colourScore(t, packed, FINE_WIDTH, 0, 0), 0);
    }

    /**
     * Masked NCC on R, G and B over the logo's opaque pixels, averaged with each channel weighted by the logo's
     * contrast in it (a channel the logo barely varies in says nothing about where it is).
     */
    private static double colourScore(LogoModel.Template t, int[] pixels, int stride, int x0, int y0) {
        double weighted = 0;
        double weights = 0;
        for (int c = 0; c < 3; c++) {
            if (t.rgbNorm[c] < 2.0 * Math.sqrt(t.count)) {
                continue;
            }
            int shift = 16 - 8 * c;
            float[] tv = t.rgb[c];
            double cross = 0;
            double sum = 0;
            double sumSq = 0;
            for (int i = 0; i < t.count; i++) {
                double v = (pixels[(y0 + t.ys[i]) * stride + x0 + t.xs[i]] >> shift) & 0xFF;
                cross += tv[i] * v;
                sum += v;
                sumSq += v * v;
            }
            double variance = sumSq - sum * sum / t.count;
            double score = variance <= FLAT * t.count ? 0 : cross / (t.rgbNorm[c] * Math.sqrt(variance));
            weighted += t.rgbNorm[c] * score;
            weights += t.rgbNorm[c];
        }
        return weights == 0 ? 0 : weighted / weights;
    }
}
