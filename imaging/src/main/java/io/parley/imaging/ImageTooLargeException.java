package io.parley.imaging;

/**
 * The image header declares more pixels than {@link InspectionSettings#maxPixels()}; the pixels were not decoded
 * (a decompression bomb costs nothing). An endpoint answers 413 Content Too Large with {@link #getMessage()}.
 */
public class ImageTooLargeException extends RuntimeException {
    private final int width;
    private final int height;
    private final long maxPixels;

    public ImageTooLargeException(int width, int height, long maxPixels) {
        super("image is " + width + " × " + height + " = " + ((long) width * height) + " pixels; at most " + maxPixels
                + " pixels are inspected");
        this.width = width;
        this.height = height;
        this.maxPixels = maxPixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public long maxPixels() {
        return maxPixels;
    }
}
