package io.parley.analytics.reports;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;

/**
 * The embedded font the report pack is drawn in (DejaVu Sans, which covers Latin with Polish, Greek and Cyrillic) and
 * which characters it can draw, read from the font's own character map (FontBox, no AWT). A character it cannot draw
 * — an emoji in a story title, a script it does not cover — would come out as nothing at all; the pack writes a
 * visible neutral mark (◻) in its place instead.
 */
final class Glyphs {

    static final String REGULAR = "/reports/fonts/DejaVuSans.ttf";
    static final String BOLD = "/reports/fonts/DejaVuSans-Bold.ttf";
    static final String FAMILY = "DejaVu Sans";
    /** WHITE MEDIUM SQUARE, which the font has. */
    static final int REPLACEMENT = 0x25FB;

    private static final CmapLookup CMAP = load();

    private Glyphs() {
    }

    static boolean drawable(int codePoint) {
        return codePoint < 0x80 || CMAP.getGlyphId(codePoint) > 0;
    }

    static InputStream open(String resource) {
        InputStream in = Glyphs.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the report font " + resource + " is not on the class path");
        }
        return in;
    }

    private static CmapLookup load() {
        try (InputStream in = open(REGULAR)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            CmapLookup cmap = font.getUnicodeCmapLookup();
            if (cmap == null) {
                throw new IllegalStateException("the report font has no Unicode character map");
            }
            return cmap;
        } catch (IOException e) {
            throw new IllegalStateException("the report font could not be read", e);
        }
    }
}
