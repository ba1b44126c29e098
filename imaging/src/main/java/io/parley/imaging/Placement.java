package io.parley.imaging;

/**
 * Where a logo sits: the cell of a 3 × 3 grid over the image that holds the centre of the logo's box.
 */
public enum Placement {
    TOP_LEFT, TOP_CENTER, TOP_RIGHT,
    MIDDLE_LEFT, CENTER, MIDDLE_RIGHT,
    BOTTOM_LEFT, BOTTOM_CENTER, BOTTOM_RIGHT;

    private static final Placement[] GRID = values();

    /** The cell holding the centre of the box {@code (x, y, width, height)} in an image of the given size. */
    public static Placement of(int x, int y, int width, int height, int imageWidth, int imageHeight) {
        double cx = x + width / 2.0;
        double cy = y + height / 2.0;
        int column = Math.min(2, Math.max(0, (int) Math.floor(3 * cx / imageWidth)));
        int row = Math.min(2, Math.max(0, (int) Math.floor(3 * cy / imageHeight)));
        return GRID[row * 3 + column];
    }
}
