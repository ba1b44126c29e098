package io.parley.standards.checks;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.Catalogue.LicenceType;
import io.parley.standards.catalogue.Catalogue.Severity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Section 3, from the licence metadata sent with each image: a licence is given and allowed, the
 * attribution is there where the licence type needs one, releases are there for photos of people or
 * private property where the catalogue requires them, stock photos come from a listed source, and the licence
 * still holds when the post goes out ({@link Draft#scheduledFor()}; the service fills in the moment of the check).
 */
final class PhotosChecker implements Checker {

    private static final int SECTION = 3;

    private final Catalogue.Photos photos;

    PhotosChecker(Catalogue.Photos photos) {
        this.photos = photos;
    }

    @Override
    public void check(AnalysedDraft draft, List<Finding> findings) {
        List<Draft.Image> images = draft.draft().imagesOrEmpty();
        for (int i = 0; i < images.size(); i++) {
            Draft.Image image = images.get(i);
            Draft.Licence licence = image == null ? null : image.licence();
            if (licence == null || licence.type() == null) {
                findings.add(Finding.at("photos.licence-missing", SECTION, Severity.BLOCK, i, null, null,
                        "image " + i + " has no licence type", "Every photo must show where its right to be used "
                                + "comes from.", "add the licence type (" + allowed() + ")")
                        .keyed("photos.licenceMissing", Map.of("image", number(i), "allowed", allowed())));
                continue;
            }
            String type = name(licence.type());
            if (!photos.allowedLicences().contains(licence.type())) {
                findings.add(Finding.at("photos.licence-not-allowed", SECTION, Severity.BLOCK, i, null, null,
                        "image " + i + " is licensed as " + type + ", which the brand does not use",
                        "The brand uses photos licensed as " + allowed() + ".", "choose a photo licensed as " + allowed())
                        .keyed("photos.licenceNotAllowed", Map.of("image", number(i), "type", type, "allowed", allowed())));
            }
            if (photos.attributionRequiredFor().contains(licence.type())
                    && (licence.attribution() == null || licence.attribution().isBlank())) {
                findings.add(Finding.at("photos.attribution-missing", SECTION, Severity.BLOCK, i, null, null,
                        "image " + i + " (" + type + ") has no attribution",
                        "Photos licensed as " + type + " are published with their attribution.",
                        "add the author and source as the attribution")
                        .keyed("photos.attributionMissing", Map.of("image", number(i), "type", type)));
            }
            if (Boolean.TRUE.equals(photos.modelReleaseRequired()) && Boolean.TRUE.equals(image.showsPeople())
                    && !Boolean.TRUE.equals(licence.modelRelease())) {
                findings.add(Finding.at("photos.model-release-missing", SECTION, Severity.BLOCK, i, null, null,
                        "image " + i + " shows people but has no model release",
                        "People shown in the brand's photos have agreed in writing.", "get a model release or choose another photo")
                        .keyed("photos.modelReleaseMissing", Map.of("image", number(i))));
            }
            if (Boolean.TRUE.equals(photos.propertyReleaseRequired()) && Boolean.TRUE.equals(image.showsPrivateProperty())
                    && !Boolean.TRUE.equals(licence.propertyRelease())) {
                findings.add(Finding.at("photos.property-release-missing", SECTION, Severity.BLOCK, i, null, null,
                        "image " + i + " shows private property but has no property release",
                        "Owners of property shown in the brand's photos have agreed in writing.",
                        "get a property release or choose another photo")
                        .keyed("photos.propertyReleaseMissing", Map.of("image", number(i))));
            }
            Instant at = draft.draft().scheduledFor();
            if (licence.expiresAt() != null && at != null && !licence.expiresAt().isAfter(at)) {
                findings.add(Finding.at("photos.licence-expired", SECTION, Severity.BLOCK, i, null, null,
                        "image " + i + "'s licence ends " + licence.expiresAt() + ", before the post goes out (" + at + ")",
                        "A photo is published only while the brand holds the right to use it.",
                        "renew the licence or choose another photo")
                        .keyed("photos.licenceExpired", Map.of("image", number(i), "expiresAt",
                                licence.expiresAt().toString(), "scheduledFor", at.toString())));
            }
            if (licence.type().isStock() && !photos.stockSources().isEmpty() && !fromListedSource(licence.source())) {
                findings.add(Finding.at("photos.stock-source", SECTION, Severity.WARN, i, null, null,
                        "image " + i + " comes from " + (licence.source() == null ? "an unnamed source" : licence.source())
                                + ", not from a stock source the brand uses",
                        "Stock photos come from " + String.join(", ", photos.stockSources()) + ", whose licences the brand knows.",
                        "take it from " + String.join(" or ", photos.stockSources()))
                        .keyed(licence.source() == null ? "photos.stockSourceUnnamed" : "photos.stockSource",
                                licence.source() == null
                                        ? Map.of("image", number(i), "sources", String.join(", ", photos.stockSources()))
                                        : Map.of("image", number(i), "source", licence.source(),
                                                "sources", String.join(", ", photos.stockSources()))));
            }
        }
    }

    private boolean fromListedSource(String source) {
        if (source == null || source.isBlank()) {
            return false;
        }
        AnalysedDraft.Link link = AnalysedDraft.parse(source.strip(), null, null);
        String host = link == null ? source.strip().toLowerCase(Locale.ROOT) : link.host();
        return photos.stockSources().stream().anyMatch(d -> AnalysedDraft.within(host, d));
    }

    /** The image's number as people count: the first is 1. */
    static String number(int index) {
        return String.valueOf(index + 1);
    }

    private String allowed() {
        return String.join(", ", photos.allowedLicences().stream().map(PhotosChecker::name).toList());
    }

    private static String name(LicenceType type) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
