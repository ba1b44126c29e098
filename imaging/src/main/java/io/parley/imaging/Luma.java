package io.parley.imaging;

/** Rec. 601 luma, the grey value the search works on. */
final class Luma {
    private Luma() {
    }

    static double of(double r, double g, double b) {
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }
}
