package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.LicenceType;
import io.parley.standards.catalogue.CatalogueJson;
import io.parley.standards.catalogue.Catalogue.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 8 for likes and shares, section 3 from the images' licence metadata. */
class EngagementAndPhotosCheckerTest {

    private final ChecksEngine engine = ChecksEngine.of(TestCatalogues.catalogue());

    @Test
    void sharingContentOnAnAvoidedTopicOrFromAnAvoidedSourceIsFound() {
        Draft share = new Draft(Draft.Kind.SHARE, "facebook", "Przed wyborami: who wins the election?",
                List.of("https://www.tabloid.example/story"), List.of("@gossip"), List.of());
        List<Finding> found = engine.check(share).findings();
        assertEquals(List.of("avoid-wybory", "avoid-politics", "engagement.source", "engagement.source"),
                found.stream().map(Finding::ruleId).toList());
        assertEquals("wyborami", found.get(0).span().text());
        assertEquals(0, found.get(2).linkIndex());
        assertEquals(Severity.BLOCK, found.get(2).severity());
        assertEquals(0, found.get(3).mentionIndex());
        assertEquals(Severity.WARN, found.get(3).severity());
        // Each in words the console can give in the user's language: its key and its values, the action as context.
        assertEquals("engagement.topic", found.get(0).messageKey());
        assertEquals(java.util.Map.of("text", "wyborami", "topic", found.get(0).params().get("topic"), "context",
                "share"), found.get(0).params());
        assertEquals("engagement.sourceLink", found.get(2).messageKey());
        assertEquals("www.tabloid.example", found.get(2).params().get("host"));
        assertEquals("engagement.sourceMention", found.get(3).messageKey());
        // Content rules of section 4 are about the brand's own words, not what it shares.
        assertTrue(found.stream().noneMatch(f -> f.section() == 4));
    }

    @Test
    void aBrandThatDoesNotLikeIsToldSo() {
        Draft like = new Draft(Draft.Kind.LIKE, "instagram", "Lovely scarf!", List.of(), List.of(), List.of());
        CheckResult result = engine.check(like);
        assertEquals(CheckResult.Verdict.BLOCK, result.verdict());
        assertEquals("engagement.no-like", result.findings().get(0).ruleId());
        assertEquals("engagement.noLike", result.findings().get(0).messageKey());
        assertEquals(java.util.Map.of("channel", "instagram", "context", "like"), result.findings().get(0).params());
    }

    @Test
    void imageLicencesAreCheckedFromTheirMetadata() {
        List<Draft.Image> images = List.of(
                new Draft.Image(new Draft.Licence(LicenceType.OWN, null, false, false, null), false, false, null),
                new Draft.Image(new Draft.Licence(LicenceType.EDITORIAL, "AP", false, false, null), false, false, null),
                new Draft.Image(new Draft.Licence(LicenceType.STOCK_ROYALTY_FREE, " ", false, false,
                        "https://www.shutterstock.com/image/1"), true, false, null),
                new Draft.Image(new Draft.Licence(LicenceType.CC_BY, "Photo: J. Nowak", true, false, null), true, true,
                        null),
                new Draft.Image(null, false, false, null));
        Draft post = new Draft(Draft.Kind.POST, "facebook", "Winter", List.of(), List.of(), images);
        List<Finding> found = engine.check(post).findings();
        assertEquals(List.of("1:photos.licence-not-allowed", "2:photos.attribution-missing",
                        "2:photos.model-release-missing", "2:photos.stock-source", "3:photos.property-release-missing",
                        "4:photos.licence-missing"),
                found.stream().map(f -> f.imageIndex() + ":" + f.ruleId()).toList());
        assertEquals("image 2 shows people but has no model release", found.get(2).message());
        // The console's words count images as people do, from 1, and name the licence and the sources.
        assertEquals(List.of("photos.licenceNotAllowed", "photos.attributionMissing", "photos.modelReleaseMissing",
                "photos.stockSource", "photos.propertyReleaseMissing", "photos.licenceMissing"),
                found.stream().map(Finding::messageKey).toList());
        assertEquals("3", found.get(2).params().get("image"));
        assertEquals("editorial", found.get(0).params().get("type"));
        assertEquals("https://www.shutterstock.com/image/1", found.get(3).params().get("source"));
    }

    @Test
    void aLicenceEndingBeforeThePostGoesOutBlocksIt() throws Exception {
        java.time.Instant goesOut = java.time.Instant.parse("2026-12-01T09:00:00Z");
        Draft draft = new Draft(Draft.Kind.POST, "instagram", "Zima ❄", List.of(), List.of(), List.of(
                new Draft.Image(new Draft.Licence(LicenceType.OWN, null, false, false, null,
                        java.time.Instant.parse("2026-11-30T23:59:59Z")), false, false, null),
                new Draft.Image(new Draft.Licence(LicenceType.OWN, null, false, false, null,
                        java.time.Instant.parse("2027-06-30T00:00:00Z")), false, false, null),
                new Draft.Image(new Draft.Licence(LicenceType.OWN, null, false, false, null), false, false, null)),
                goesOut);
        List<Finding> findings = ChecksEngine.check(TestCatalogues.catalogue(), draft).findings();
        assertEquals(List.of("photos.licence-expired"), findings.stream().map(Finding::ruleId).toList());
        assertEquals(0, findings.get(0).imageIndex());
        assertEquals(Catalogue.Severity.BLOCK, findings.get(0).severity());
        assertEquals(java.util.Map.of("image", "1", "expiresAt", "2026-11-30T23:59:59Z", "scheduledFor",
                "2026-12-01T09:00:00Z"), findings.get(0).params());
        // The calendar's media licence ({licence, author, source, expiresAt}) reads as a licence as it is.
        Draft.Licence fromCalendar = CatalogueJson.mapper().readValue("""
                {"licence":"cc-by","author":"Photo: J. Nowak","source":"flickr.com","expiresAt":"2027-06-30T00:00:00Z"}""",
                Draft.Licence.class);
        assertEquals(new Draft.Licence(LicenceType.CC_BY, "Photo: J. Nowak", null, null, "flickr.com",
                java.time.Instant.parse("2027-06-30T00:00:00Z")), fromCalendar);
    }
}
