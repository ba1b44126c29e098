package io.parley.imaging;

/**
 * One place where a registered logo was found, in the pixel coordinates of the image as displayed (after its EXIF
 * orientation is applied).
 *
 * @param logoId       the {@link RegisteredLogo#id()} that was found
 * @param x            left edge of the logo's box
 * @param y            top edge of the logo's box
 * @param width        width of the logo's box
 * @param height       height of the logo's box
 * @param areaShare    logo box area ÷ image area (0–1)
 * @param score        match score: colour normalised cross-correlation over the logo's opaque pixels (−1…1;
 *                     sightings are reported from {@link InspectionSettings#minLogoScore()} up)
 * @param placement    the 3 × 3 grid cell holding the box's centre
 * @param clearSpacePx distance in pixels from the logo box to the nearest image edge
 */
public record LogoSighting(String logoId, int x, int y, int width, int height, double areaShare, double score,
                           Placement placement, int clearSpacePx) {
}
