package io.parley.imaging;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Rights metadata written the way editing tools write it comes back in the report. */
class ImageMetadataTest {

    private static final ImageInspector INSPECTOR = new ImageInspector();

    @Test
    void readsLicenceCreatorCopyrightSourceAndReleasesFromXmpInAJpeg() {
        String packet = MetadataPackets.xmp(
                "<cc:license rdf:resource=\"https://creativecommons.org/licenses/by/4.0/\"/>",
                "<dc:creator><rdf:Seq><rdf:li>Αλέξης Παπαδόπουλος</rdf:li><rdf:li>Zofia Łukasiewicz</rdf:li></rdf:Seq></dc:creator>",
                "<dc:rights><rdf:Alt><rdf:li xml:lang=\"x-default\">© 2026 Parley Studio — все права защищены</rdf:li></rdf:Alt></dc:rights>",
                "<photoshop:Source>Unsplash 🙂</photoshop:Source>",
                "<plus:ModelReleaseStatus>http://ns.useplus.org/ldf/vocab/MR-UMR</plus:ModelReleaseStatus>",
                "<plus:PropertyReleaseStatus>http://ns.useplus.org/ldf/vocab/PR-NON</plus:PropertyReleaseStatus>");
        byte[] jpeg = MetadataPackets.withXmpJpeg(
                SyntheticImages.jpeg(SyntheticImages.background(640, 480, 1L), 0.9f), packet);

        ImageReport report = INSPECTOR.inspect(jpeg, List.of());

        ImageMetadata m = report.metadata();
        assertEquals(Optional.of("https://creativecommons.org/licenses/by/4.0/"), m.licence());
        assertEquals(Optional.of("Αλέξης Παπαδόπουλος"), m.creator());
        assertEquals(Optional.of("© 2026 Parley Studio — все права защищены"), m.copyright());
        assertEquals(Optional.of("Unsplash 🙂"), m.source());
        assertEquals(Optional.of(true), m.modelReleased());
        assertEquals(Optional.of(false), m.propertyReleased());
        assertEquals(640, report.width());
    }

    @Test
    void readsWebStatementAndUsageTermsFromXmpInAPng() {
        String packet = MetadataPackets.xmp(
                "<xmpRights:WebStatement>https://brand.example/licences/editorial-2026</xmpRights:WebStatement>",
                "<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang=\"x-default\">Editorial use only</rdf:li></rdf:Alt></xmpRights:UsageTerms>",
                "<plus:ModelReleaseStatus>http://ns.useplus.org/ldf/vocab/MR-LMR</plus:ModelReleaseStatus>",
                "<plus:PropertyReleaseID><rdf:Bag><rdf:li>PR-2026-0042</rdf:li></rdf:Bag></plus:PropertyReleaseID>");
        byte[] png = MetadataPackets.withXmpPng(SyntheticImages.png(SyntheticImages.background(320, 200, 2L)), packet);

        ImageMetadata m = INSPECTOR.inspect(png, List.of()).metadata();

        assertEquals(Optional.of("https://brand.example/licences/editorial-2026"), m.licence());
        assertEquals(Optional.of(false), m.modelReleased());
        assertEquals(Optional.of(true), m.propertyReleased());
        assertEquals(Optional.empty(), m.creator());
    }

    @Test
    void usageTermsStandInForALicenceWhenThereIsNoLicenceUrl() {
        String packet = MetadataPackets.xmp(
                "<xmpRights:UsageTerms><rdf:Alt><rdf:li xml:lang=\"x-default\">Licensed to Parley for social use until 2027-12-31</rdf:li></rdf:Alt></xmpRights:UsageTerms>");
        byte[] png = MetadataPackets.withXmpPng(SyntheticImages.png(SyntheticImages.background(320, 200, 3L)), packet);

        assertEquals(Optional.of("Licensed to Parley for social use until 2027-12-31"),
                INSPECTOR.inspect(png, List.of()).metadata().licence());
    }

    @Test
    void fallsBackToExifArtistAndCopyright() {
        byte[] jpeg = MetadataPackets.withExif(
                SyntheticImages.jpeg(SyntheticImages.background(320, 240, 4L), 0.9f), 1, "Jan Kowalski",
                "Copyright 2026 Jan Kowalski");

        ImageMetadata m = INSPECTOR.inspect(jpeg, List.of()).metadata();

        assertEquals(Optional.of("Jan Kowalski"), m.creator());
        assertEquals(Optional.of("Copyright 2026 Jan Kowalski"), m.copyright());
        assertEquals(Optional.empty(), m.licence());
    }

    @Test
    void anImageWithoutMetadataReportsEveryFieldAbsent() {
        byte[] jpeg = SyntheticImages.jpeg(SyntheticImages.background(320, 240, 5L), 0.9f);

        assertEquals(ImageMetadata.NONE, INSPECTOR.inspect(jpeg, List.of()).metadata());
    }
}
