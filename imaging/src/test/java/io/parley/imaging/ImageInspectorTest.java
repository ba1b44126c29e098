package io.parley.imaging;

import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Formats, dimensions, orientation, and what happens with bytes that are not a usable image. */
class ImageInspectorTest {

    private static final ImageInspector INSPECTOR = new ImageInspector();
    private static final RegisteredLogo PARLEY =
            new RegisteredLogo("parley-primary", SyntheticImages.logoPng(SyntheticImages::drawParley, 400));

    @Test
    void reportsJpegDimensionsAndAspectRatio() {
        byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.background(1200, 628, 1L), 0.9f);

        ImageReport report = INSPECTOR.inspect(jpeg, List.of());

        assertEquals("jpeg", report.format());
        assertEquals(1200, report.width());
        assertEquals(628, report.height());
        assertEquals(1200 / 628.0, report.aspectRatio(), 1e-9);
        assertEquals(List.of(), report.logos());
        assertTrue(report.analysisMillis() >= 0);
    }

    @Test
    void reportsPngDimensionsAndAspectRatio() {
        byte[] png = SyntheticImages.png(SyntheticImages.background(1080, 1350, 2L));

        ImageReport report = INSPECTOR.inspect(png, List.of());

        assertEquals("png", report.format());
        assertEquals(1080, report.width());
        assertEquals(1350, report.height());
        assertEquals(0.8, report.aspectRatio(), 1e-9);
    }

    @Test
    void aTextFileIsUnreadable() {
        byte[] text = "Καλημέρα — this is a caption, not a picture 🙂\n".getBytes(StandardCharsets.UTF_8);

        UnreadableImageException e = assertThrows(UnreadableImageException.class,
                () -> INSPECTOR.inspect(text, List.of(PARLEY)));

        assertTrue(e.getMessage().contains("is not a JPEG, PNG or WebP image"), e.getMessage());
    }

    @Test
    void aPngWhosePixelDataIsCutOffIsUnreadable() {
        byte[] png = SyntheticImages.png(SyntheticImages.background(400, 300, 3L));
        byte[] cut = java.util.Arrays.copyOf(png, png.length / 3);

        UnreadableImageException e = assertThrows(UnreadableImageException.class,
                () -> INSPECTOR.inspect(cut, List.of()));

        assertTrue(e.getMessage().startsWith("image cannot be decoded"), e.getMessage());
    }

    @Test
    void anEmptyBodyIsUnreadable() {
        UnreadableImageException e = assertThrows(UnreadableImageException.class,
                () -> INSPECTOR.inspect(new byte[0], List.of()));
        assertEquals("image is empty", e.getMessage());
    }

    /**
     * The PNG has a valid header claiming 50 000 × 50 000 pixels and no pixel data at all; the answer comes from the
     * header alone (a decoder would first allocate a 7.5 GB raster).
     */
    @Test
    void aPngHeaderClaimingFiftyThousandSquaredIsRefusedBeforeDecoding() {
        byte[] bomb = pngHeaderOnly(50_000, 50_000);

        ImageTooLargeException e = assertThrows(ImageTooLargeException.class,
                () -> INSPECTOR.inspect(bomb, List.of(PARLEY)));

        assertEquals(50_000, e.width());
        assertEquals(50_000, e.height());
        assertEquals(40_000_000L, e.maxPixels());
        assertTrue(e.getMessage().contains("2500000000 pixels"), e.getMessage());
    }

    @Test
    void aJpegHeaderClaimingFiftyThousandSquaredIsRefusedBeforeDecoding() {
        byte[] bomb = jpegHeaderOnly(50_000, 50_000);

        ImageTooLargeException e = assertThrows(ImageTooLargeException.class,
                () -> INSPECTOR.inspect(bomb, List.of()));

        assertEquals(50_000, e.width());
    }

    @Test
    void thePixelLimitIsConfigurable() {
        ImageInspector strict = new ImageInspector(InspectionSettings.defaults().withMaxPixels(1_000_000));
        byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.background(1080, 1080, 4L), 0.9f);

        assertThrows(ImageTooLargeException.class, () -> strict.inspect(jpeg, List.of()));
        assertEquals(1000, strict.inspect(SyntheticImages.jpeg(SyntheticImages.background(1000, 1000, 4L), 0.9f),
                List.of()).width());
    }

    /**
     * A phone photo stored sideways with EXIF orientation 6 (rotate 90° clockwise to view): the report gives the
     * dimensions and logo placement a viewer sees.
     */
    @Test
    void appliesTheExifOrientation() {
        BufferedImage stored = SyntheticImages.background(900, 600, 5L);
        Graphics2D g = stored.createGraphics();
        // drawn rotated 90° anticlockwise near the stored bottom-left corner, it shows upright at the top-left
        g.rotate(-Math.PI / 2, 150, 520);
        SyntheticImages.drawParley(g, 150, 520, 160);
        g.dispose();
        byte[] jpeg = MetadataPackets.withExif(SyntheticImages.jpeg(stored, 0.9f), 6, null, null);

        ImageReport report = INSPECTOR.inspect(jpeg, List.of(PARLEY));

        assertEquals(600, report.width());
        assertEquals(900, report.height());
        assertEquals(1, report.logos().size(), () -> report.logos().toString());
        assertEquals(Placement.TOP_LEFT, report.logos().get(0).placement());
    }

    @Test
    void aRegisteredLogoThatIsNotAnImageIsAnInvalidLogo() {
        RegisteredLogo broken = new RegisteredLogo("broken", "<svg/>".getBytes(StandardCharsets.UTF_8));
        byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.background(300, 300, 6L), 0.9f);

        InvalidLogoException e = assertThrows(InvalidLogoException.class,
                () -> INSPECTOR.inspect(jpeg, List.of(broken)));

        assertEquals("broken", e.logoId());
        assertTrue(e.getMessage().startsWith("registered logo 'broken': "), e.getMessage());
    }

    @Test
    void aFlatSilhouetteLogoIsAnInvalidLogo() {
        BufferedImage flat = new BufferedImage(200, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = flat.createGraphics();
        g.setColor(java.awt.Color.RED);
        g.fillOval(10, 10, 180, 80);
        g.dispose();
        RegisteredLogo logo = new RegisteredLogo("red-oval", SyntheticImages.png(flat));
        byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.background(300, 300, 7L), 0.9f);

        InvalidLogoException e = assertThrows(InvalidLogoException.class, () -> INSPECTOR.inspect(jpeg, List.of(logo)));

        assertTrue(e.getMessage().contains("no contrast"), e.getMessage());
    }

    static byte[] pngHeaderOnly(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        MetadataPackets.writeChunk(out, "IHDR", ihdr.array());
        MetadataPackets.writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** SOI, a baseline SOF0 for a 3-component image, a scan header with no data and EOI: no tables, no pixels. */
    static byte[] jpegHeaderOnly(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(2 + 2 + 17 + 2 + 12 + 2);
        b.put((byte) 0xFF).put((byte) 0xD8);
        b.put((byte) 0xFF).put((byte) 0xC0).putShort((short) 17).put((byte) 8)
                .putShort((short) height).putShort((short) width).put((byte) 3);
        for (int c = 1; c <= 3; c++) {
            b.put((byte) c).put((byte) 0x11).put((byte) 0);
        }
        b.put((byte) 0xFF).put((byte) 0xDA).putShort((short) 12).put((byte) 3);
        for (int c = 1; c <= 3; c++) {
            b.put((byte) c).put((byte) 0);
        }
        b.put((byte) 0).put((byte) 63).put((byte) 0);
        b.put((byte) 0xFF).put((byte) 0xD9);
        return b.array();
    }

}
