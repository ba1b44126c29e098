package io.parley.imaging;

/**
 * Limits and thresholds of an {@link ImageInspector}.
 *
 * @param maxPixels         images whose header declares more pixels are refused with {@link ImageTooLargeException}
 *                          before any pixel is decoded
 * @param minLogoWidthShare smallest logo searched for, as a share of the image width
 * @param maxLogoWidthShare largest logo searched for, as a share of the image width (also bounded by the image height)
 * @param minLogoScore      colour normalised cross-correlation a sighting needs to be reported
 */
public record InspectionSettings(long maxPixels, double minLogoWidthShare, double maxLogoWidthShare,
                                 double minLogoScore) {

    /** 40 megapixels; logos from 4 % to 60 % of the image width; score 0.70. */
    public static InspectionSettings defaults() {
        return new InspectionSettings(40_000_000L, 0.04, 0.60, 0.70);
    }

    public InspectionSettings {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive");
        }
        if (!(minLogoWidthShare > 0 && minLogoWidthShare <= maxLogoWidthShare && maxLogoWidthShare <= 1)) {
            throw new IllegalArgumentException("need 0 < minLogoWidthShare ≤ maxLogoWidthShare ≤ 1");
        }
        if (!(minLogoScore > 0 && minLogoScore < 1)) {
            throw new IllegalArgumentException("minLogoScore must be between 0 and 1");
        }
    }

    public InspectionSettings withMaxPixels(long pixels) {
        return new InspectionSettings(pixels, minLogoWidthShare, maxLogoWidthShare, minLogoScore);
    }
}
