package io.parley.standards.checks;

import io.parley.imaging.ImageInspector;
import io.parley.imaging.RegisteredLogo;
import io.parley.standards.catalogue.Catalogue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pixels of an image against section 7's logo rules and the channel's image shape. */
class ImageChecksTest {

    private static final ImageChecks CHECKS = new ImageChecks(new ImageInspector());
    private static final Optional<RegisteredLogo> LOGO = Optional.of(new RegisteredLogo("acme-logo", DrawnImages.logoPng()));

    private static Catalogue catalogue() {
        Catalogue e = Catalogue.empty(60);
        return new Catalogue(e.approvers(), e.tools(), e.photos(), e.content(), e.links(), e.otherBrands(),
                new Catalogue.Logos("acme-logo", false, List.of(new Catalogue.ChannelLogoRule("instagram", true)),
                        0.05, 0.25, List.of(Catalogue.LogoPosition.BOTTOM_RIGHT, Catalogue.LogoPosition.BOTTOM_LEFT),
                        0.25),
                e.engagement(), e.responseTargets(), Map.of());
    }

    private static List<Finding> check(String channel, byte[] image) {
        Draft draft = new Draft(Draft.Kind.POST, channel, "Zima ❄", List.of(), List.of(),
                List.of(new Draft.Image(null, false, false, image)));
        return CHECKS.check(catalogue(), draft, LOGO);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(Finding::ruleId).toList();
    }

    @Test
    void theLogoWhereTheBrandWantsItGivesNoFinding() {
        List<Finding> findings = check("instagram", DrawnImages.scene(1080, 1080, 0.10, 0.86, 0.90, 7));
        assertEquals(List.of(), findings, findings.toString());
    }

    @Test
    void aMissingLogoBlocksWhereItIsRequiredOnly() {
        byte[] plain = DrawnImages.scene(1080, 1080, 0, 0, 0, 8);
        List<Finding> instagram = check("instagram", plain);
        assertEquals(List.of("logo.missing"), rules(instagram));
        assertEquals(Catalogue.Severity.BLOCK, instagram.get(0).severity());
        assertEquals(7, instagram.get(0).section());
        assertEquals(0, instagram.get(0).imageIndex());
        assertEquals(List.of(), check("facebook", DrawnImages.scene(1200, 900, 0, 0, 0, 8)));
    }

    @Test
    void aLogoInTheWrongCornerOrTooLargeIsNamedWithItsMeasure() {
        assertTrue(rules(check("instagram", DrawnImages.scene(1080, 1080, 0.10, 0.04, 0.05, 9)))
                .contains("logo.position"));
        List<Finding> large = check("instagram", DrawnImages.scene(1080, 1080, 0.40, 0.55, 0.80, 10));
        Finding tooLarge = large.stream().filter(f -> f.ruleId().equals("logo.too-large")).findFirst().orElseThrow(
                () -> new AssertionError(large.toString()));
        assertTrue(tooLarge.message().matches("the logo is (3[89]|4[0-2])\\.\\d% of the image width; at most 25\\.0% is allowed"),
                tooLarge.message());
        // For the console: the shares as fractions it writes as percentages in the user's format.
        assertEquals("logo.tooLarge", tooLarge.messageKey());
        assertEquals("0.250", tooLarge.params().get("maxShare"));
        assertTrue(Double.parseDouble(tooLarge.params().get("share")) > 0.37, tooLarge.params().toString());
        Finding position = check("instagram", DrawnImages.scene(1080, 1080, 0.10, 0.04, 0.05, 9)).stream()
                .filter(f -> f.ruleId().equals("logo.position")).findFirst().orElseThrow();
        assertEquals("logo.position", position.messageKey());
        assertEquals("top-left", position.params().get("placement"));
        assertTrue(position.params().get("places").matches("[a-z-]+(,[a-z-]+)*"), position.params().toString());
    }

    @Test
    void theImageShapeAndSizeAreCheckedForTheChannel() {
        byte[] banner = DrawnImages.scene(1200, 300, 0.10, 0.86, 0.55, 11);
        Finding instagram = check("instagram", banner).stream().filter(f -> f.ruleId().equals("image.aspect-ratio"))
                .findFirst().orElseThrow();
        assertEquals(Catalogue.Severity.BLOCK, instagram.severity());
        assertTrue(instagram.message().startsWith("the image is 1200×300 (4.00:1)"), instagram.message());
        assertEquals("image.aspectRatio", instagram.messageKey());
        assertEquals("1200", instagram.params().get("width"));
        assertEquals("4.00", instagram.params().get("ratio"));
        assertEquals(Catalogue.Severity.WARN, check("facebook", banner).stream()
                .filter(f -> f.ruleId().equals("image.aspect-ratio")).findFirst().orElseThrow().severity());
        assertEquals(List.of("image.too-small"), rules(check("facebook", DrawnImages.scene(400, 300, 0, 0, 0, 12))));
    }

    @Test
    void likesAndSharesAreNotLookedAt() {
        Draft like = new Draft(Draft.Kind.LIKE, "instagram", "", List.of(), List.of(),
                List.of(new Draft.Image(null, false, false, DrawnImages.scene(1080, 1080, 0, 0, 0, 13))));
        assertEquals(List.of(), CHECKS.check(catalogue(), like, LOGO));
    }
}
