package io.parley.imaging;

import boofcv.alg.filter.derivative.GradientSobel;
import boofcv.alg.filter.misc.AverageDownSampleOps;
import boofcv.struct.image.GrayF32;

import java.util.ArrayList;
import java.util.List;

/**
 * The image in grey at half-octave steps (each level √2 smaller than the one before), every level made by area
 * averaging so that a logo drawn at any size appears at some level at the size of a small template.
 */
final class GreyPyramid {

    static final double STEP = Math.sqrt(2);
    private static final int SMALLEST_SIDE = 12;

    final int width;
    final int height;
    /**
     * Gradients are scaled by 1/√(|g|² + SOFTNESS²): strong edges become unit vectors, the weak gradients of noise
     * and smooth shading stay short and count little. BoofCV's Sobel is normalised: a step of c grey levels gives
     * |g| = c, so an edge of 15 grey levels scores 0.7 of a strong one.
     */
    static final float SOFTNESS = 15f;

    private final GrayF32[] levels;
    private final GrayF32[][] directions;

    GreyPyramid(int[] rgb, int width, int height) {
        this.width = width;
        this.height = height;
        GrayF32 base = new GrayF32(width, height);
        for (int i = 0; i < rgb.length; i++) {
            int p = rgb[i];
            base.data[i] = (float) Luma.of((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF);
        }
        List<GrayF32> list = new ArrayList<>();
        list.add(base);
        for (int k = 1; ; k++) {
            int w = (int) Math.round(width / Math.pow(STEP, k));
            int h = (int) Math.round(height / Math.pow(STEP, k));
            if (Math.min(w, h) < SMALLEST_SIDE) {
                break;
            }
            // Halve the level two steps up (one box average per octave) rather than chain √2 steps, which would
            // blur more than the template, made in one step from the logo, is blurred.
            GrayF32 source = k >= 2 ? list.get(k - 2) : base;
            GrayF32 level = new GrayF32(w, h);
            AverageDownSampleOps.down(source, level);
            list.add(level);
        }
        this.levels = list.toArray(GrayF32[]::new);
        this.directions = new GrayF32[levels.length][];
    }

    /**
     * Soft-normalised Sobel gradient of level {@code k}: {@code [0]} horizontal, {@code [1]} vertical. Computed on
     * first use; a pyramid serves one thread.
     */
    GrayF32[] directions(int k) {
        if (directions[k] == null) {
            GrayF32 level = levels[k];
            GrayF32 dx = new GrayF32(level.width, level.height);
            GrayF32 dy = new GrayF32(level.width, level.height);
            GradientSobel.process(level, dx, dy, null);
            float c2 = SOFTNESS * SOFTNESS;
            for (int i = 0; i < dx.data.length; i++) {
                float gx = dx.data[i];
                float gy = dy.data[i];
                float scale = (float) (1 / Math.sqrt(gx * gx + gy * gy + c2));
                dx.data[i] = gx * scale;
                dy.data[i] = gy * scale;
            }
            directions[k] = new GrayF32[] {dx, dy};
        }
        return directions[k];
    }

    int count() {
        return levels.length;
    }

    GrayF32 level(int k) {
        return levels[k];
    }

    /** Full-resolution pixels per level pixel, horizontally. */
    double scaleX(int k) {
        return width / (double) levels[k].width;
    }

    /** Full-resolution pixels per level pixel, vertically. */
    double scaleY(int k) {
        return height / (double) levels[k].height;
    }
}
