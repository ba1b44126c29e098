package io.parley.imaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A brand's logo is found wherever and at whatever size it was drawn on a busy, noisy photo, and is not reported
 * where it is absent or where another brand's logo is.
 *
 * <p>Tolerances: the reported box overlaps the drawn logo's visible box with IoU ≥ 0.8; the area share is within
 * 20 % of the true one; the clear space within 3 pixels plus 3 % of the logo width.
 */
class LogoSightingTest {

    private static final ImageInspector INSPECTOR = new ImageInspector();
    private static final RegisteredLogo PARLEY =
            new RegisteredLogo("parley-primary", SyntheticImages.logoPng(SyntheticImages::drawParley, 400));
    private static final RegisteredLogo ACME =
            new RegisteredLogo("acme", SyntheticImages.logoPng(SyntheticImages::drawAcme, 400));

    static Stream<Arguments> placements() {
        return Stream.of(
                Arguments.of(1080, 1080, 0.05, Placement.TOP_LEFT, 11L),
                Arguments.of(1080, 1080, 0.06, Placement.BOTTOM_RIGHT, 12L),
                Arguments.of(1080, 1080, 0.08, Placement.TOP_RIGHT, 13L),
                Arguments.of(1080, 1080, 0.10, Placement.MIDDLE_LEFT, 14L),
                Arguments.of(1080, 1080, 0.15, Placement.CENTER, 15L),
                Arguments.of(1080, 1080, 0.20, Placement.BOTTOM_LEFT, 16L),
                Arguments.of(1080, 1080, 0.30, Placement.TOP_CENTER, 17L),
                Arguments.of(1080, 1080, 0.40, Placement.BOTTOM_CENTER, 18L),
                Arguments.of(1200, 675, 0.07, Placement.MIDDLE_RIGHT, 19L),
                Arguments.of(1200, 675, 0.25, Placement.TOP_LEFT, 20L),
                Arguments.of(1080, 1350, 0.12, Placement.BOTTOM_RIGHT, 21L),
                Arguments.of(1080, 1350, 0.35, Placement.CENTER, 22L));
    }

    @ParameterizedTest(name = "{0}×{1}, logo {2} of the width, {3}")
    @MethodSource("placements")
    void findsTheLogoAtItsSizeAndPlace(int width, int height, double share, Placement where, long seed) {
        Scene scene = placed(width, height, share, where, seed);

        ImageReport report = INSPECTOR.inspect(SyntheticImages.jpeg(scene.image(), 0.88f), List.of(PARLEY));

        assertEquals(1, report.logos().size(), () -> "one sighting expected, got " + report.logos());
        LogoSighting sighting = report.logos().get(0);
        assertEquals("parley-primary", sighting.logoId());
        assertTrue(scene.iou(sighting) >= 0.8,
                () -> "box " + sighting + " vs drawn " + scene.rounded() + ": IoU " + scene.iou(sighting));
        assertEquals(where, sighting.placement());
        double trueShare = scene.width() * scene.height() / (width * (double) height);
        assertEquals(trueShare, sighting.areaShare(), trueShare * 0.2);
        double trueClear = Math.min(Math.min(scene.x(), scene.y()),
                Math.min(width - scene.x() - scene.width(), height - scene.y() - scene.height()));
        assertEquals(trueClear, sighting.clearSpacePx(), 3 + 0.03 * scene.width());
        assertTrue(sighting.score() >= INSPECTOR.settings().minLogoScore());
    }

    @Test
    void findsTheLogoInALosslessPng() {
        Scene scene = placed(1080, 1080, 0.09, Placement.BOTTOM_LEFT, 31L);

        ImageReport report = INSPECTOR.inspect(SyntheticImages.png(scene.image()), List.of(PARLEY));

        assertEquals("png", report.format());
        assertEquals(1, report.logos().size(), () -> report.logos().toString());
        assertTrue(scene.iou(report.logos().get(0)) >= 0.8);
        assertEquals(Placement.BOTTOM_LEFT, report.logos().get(0).placement());
    }

    @ParameterizedTest(name = "background {0}")
    @MethodSource("seeds")
    void reportsNoSightingOnAPhotoWithoutTheLogo(long seed) {
        BufferedImage photo = SyntheticImages.background(1080, 1080, seed);
        SyntheticImages.addNoise(photo, 6, seed + 1);

        ImageReport report = INSPECTOR.inspect(SyntheticImages.jpeg(photo, 0.88f), List.of(PARLEY));

        assertEquals(List.of(), report.logos());
    }

    /** A thumbnail has no room for a logo that could be told from a blob of the same colours. */
    @ParameterizedTest(name = "{0}×{1}")
    @MethodSource("thumbnails")
    void reportsNoSightingSmallerThanTheSmallestLogoBox(int width, int height) {
        BufferedImage photo = SyntheticImages.background(width, height, 7L);

        ImageReport report = INSPECTOR.inspect(SyntheticImages.png(photo), List.of(PARLEY));

        assertEquals(List.of(), report.logos());
    }

    static Stream<Arguments> thumbnails() {
        return Stream.of(Arguments.of(1, 1), Arguments.of(20, 20), Arguments.of(64, 64), Arguments.of(300, 40),
                Arguments.of(40, 300));
    }

    static Stream<Long> seeds() {
        return Stream.of(101L, 102L, 103L, 104L);
    }

    @ParameterizedTest(name = "other logo at {0} of the width")
    @MethodSource("otherLogoSizes")
    void doesNotMistakeAnotherBrandsLogoForIt(double share) {
        BufferedImage photo = SyntheticImages.background(1080, 1080, (long) (share * 1000));
        Scene scene = Scene.with(photo, SyntheticImages::drawAcme, share * 1080, 540, 700, 7L);

        ImageReport report = INSPECTOR.inspect(SyntheticImages.jpeg(scene.image(), 0.88f), List.of(PARLEY));

        assertEquals(List.of(), report.logos());
    }

    static Stream<Double> otherLogoSizes() {
        return Stream.of(0.06, 0.15, 0.35);
    }

    @Test
    void tellsTwoRegisteredLogosApart() {
        BufferedImage photo = SyntheticImages.background(1200, 1200, 41L);
        Scene acme = Scene.with(photo, SyntheticImages::drawAcme, 300, 250, 200, 42L);
        Scene parley = Scene.with(acme.image(), SyntheticImages::drawParley, 200, 600, 620, 43L);

        ImageReport report = INSPECTOR.inspect(SyntheticImages.jpeg(parley.image(), 0.88f), List.of(PARLEY, ACME));

        assertEquals(2, report.logos().size(), () -> report.logos().toString());
        LogoSighting foundParley = report.logos().stream().filter(s -> s.logoId().equals("parley-primary"))
                .findFirst().orElseThrow();
        LogoSighting foundAcme = report.logos().stream().filter(s -> s.logoId().equals("acme")).findFirst()
                .orElseThrow();
        assertTrue(parley.iou(foundParley) >= 0.8, () -> foundParley + " vs " + parley.rounded());
        assertTrue(acme.iou(foundAcme) >= 0.8, () -> foundAcme + " vs " + acme.rounded());
        assertEquals(Placement.CENTER, foundParley.placement());
        assertEquals(Placement.TOP_LEFT, foundAcme.placement());
    }

    /** One inspector serves concurrent requests: the same answers as one at a time. */
    @Test
    void givesTheSameAnswersWhenUsedFromSeveralThreads() throws Exception {
        List<byte[]> images = List.of(
                SyntheticImages.jpeg(placed(1080, 1080, 0.07, Placement.TOP_RIGHT, 51L).image(), 0.88f),
                SyntheticImages.jpeg(placed(1080, 1080, 0.22, Placement.BOTTOM_LEFT, 52L).image(), 0.88f),
                SyntheticImages.jpeg(placed(1080, 1080, 0.33, Placement.CENTER, 53L).image(), 0.88f));
        ImageInspector shared = new ImageInspector();
        List<List<LogoSighting>> sequential = images.stream().map(i -> shared.inspect(i, List.of(PARLEY)).logos())
                .toList();

        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            ImageInspector fresh = new ImageInspector();
            List<java.util.concurrent.Future<List<LogoSighting>>> futures = new java.util.ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (byte[] image : images) {
                    futures.add(pool.submit(() -> fresh.inspect(image, List.of(PARLEY)).logos()));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(sequential.get(i % images.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(sequential.stream().allMatch(l -> l.size() == 1), sequential::toString);
    }

    /** The logo's visible centre in the middle of the grid cell, moved inwards as far as a large logo needs. */
    static Scene placed(int width, int height, double share, Placement where, long seed) {
        double logoWidth = share * width;
        double[] box = Scene.designBox(SyntheticImages::drawParley);
        double w = box[2] * logoWidth / SyntheticImages.LOGO_W;
        double h = box[3] * logoWidth / SyntheticImages.LOGO_W;
        int column = where.ordinal() % 3;
        int row = where.ordinal() / 3;
        double margin = 0.02 * width;
        double cx = clamp((column + 0.5) * width / 3.0, w / 2 + margin, width - w / 2 - margin);
        double cy = clamp((row + 0.5) * height / 3.0, h / 2 + margin, height - h / 2 - margin);
        BufferedImage photo = SyntheticImages.background(width, height, seed);
        return Scene.with(photo, SyntheticImages::drawParley, logoWidth, cx, cy, seed * 31);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
