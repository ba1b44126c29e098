package io.parley.imaging;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** WebP posts (lossy VP8 and lossless VP8L) are decoded and checked like JPEG and PNG. */
class WebpTest {

    private static final ImageInspector INSPECTOR = new ImageInspector();
    private static final RegisteredLogo PARLEY =
            new RegisteredLogo("parley-primary", SyntheticImages.logoPng(SyntheticImages::drawParley, 400));

    @Test
    void findsTheLogoInALossyWebp() throws IOException {
        Scene drawn = LogoSightingTest.placed(640, 640, 0.30, Placement.BOTTOM_RIGHT, 61L);

        ImageReport report = INSPECTOR.inspect(fixture("logo-bottom-right-lossy.webp"), List.of(PARLEY));

        assertEquals("webp", report.format());
        assertEquals(640, report.width());
        assertEquals(640, report.height());
        assertEquals(1, report.logos().size(), () -> report.logos().toString());
        assertTrue(drawn.iou(report.logos().get(0)) >= 0.8, () -> report.logos() + " vs " + drawn.rounded());
        assertEquals(Placement.BOTTOM_RIGHT, report.logos().get(0).placement());
    }

    @Test
    void findsTheLogoInALosslessWebp() throws IOException {
        Scene drawn = LogoSightingTest.placed(320, 320, 0.45, Placement.TOP_LEFT, 62L);

        ImageReport report = INSPECTOR.inspect(fixture("logo-top-left-lossless.webp"), List.of(PARLEY));

        assertEquals("webp", report.format());
        assertEquals(320, report.width());
        assertEquals(1, report.logos().size(), () -> report.logos().toString());
        assertTrue(drawn.iou(report.logos().get(0)) >= 0.8, () -> report.logos() + " vs " + drawn.rounded());
        assertEquals(Placement.TOP_LEFT, report.logos().get(0).placement());
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = WebpTest.class.getResourceAsStream("/webp/" + name)) {
            return in.readAllBytes();
        }
    }
}
