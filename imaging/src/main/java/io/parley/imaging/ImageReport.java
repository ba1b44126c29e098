package io.parley.imaging;

import java.util.List;

/**
 * What {@link ImageInspector#inspect} found in one image.
 *
 * @param format         {@code "jpeg"}, {@code "png"} or {@code "webp"}
 * @param width          width in pixels as displayed (after the EXIF orientation is applied)
 * @param height         height in pixels as displayed
 * @param aspectRatio    width ÷ height
 * @param logos          every sighting of every registered logo, best score first; empty when none is present
 * @param metadata       rights metadata
 * @param analysisMillis wall time of the whole inspection (decoding, metadata, logo search)
 */
public record ImageReport(String format, int width, int height, double aspectRatio, List<LogoSighting> logos,
                          ImageMetadata metadata, long analysisMillis) {
    public ImageReport {
        logos = List.copyOf(logos);
    }
}
