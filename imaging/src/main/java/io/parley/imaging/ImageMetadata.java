package io.parley.imaging;

import java.util.Optional;

/**
 * Rights metadata read from the image's XMP, IPTC-IIM and EXIF blocks. Each field takes the first source that has a
 * non-blank value, in the order listed (docs/image-checks.md has the full table).
 *
 * @param licence          XMP {@code cc:license}, else {@code xmpRights:WebStatement}, else {@code xmpRights:UsageTerms}
 *                         (x-default)
 * @param creator          XMP {@code dc:creator} (first), else IPTC 2:80 By-line, else EXIF Artist (0x013B), else PNG
 *                         text {@code Author}
 * @param copyright        XMP {@code dc:rights} (x-default), else IPTC 2:116 Copyright Notice, else EXIF Copyright
 *                         (0x8298), else PNG text {@code Copyright}
 * @param source           XMP {@code photoshop:Source}, else IPTC 2:115 Source
 * @param modelReleased    XMP {@code plus:ModelReleaseStatus}: true for MR-UMR (unlimited releases) and MR-NAP (not
 *                         applicable: nobody to release), false for MR-NON and MR-LMR (limited or incomplete); else true
 *                         when {@code plus:ModelReleaseID} lists a release
 * @param propertyReleased XMP {@code plus:PropertyReleaseStatus}: true for PR-UPR and PR-NAP, false for PR-NON and
 *                         PR-LPR; else true when {@code plus:PropertyReleaseID} lists a release
 */
public record ImageMetadata(Optional<String> licence, Optional<String> creator, Optional<String> copyright,
                            Optional<String> source, Optional<Boolean> modelReleased,
                            Optional<Boolean> propertyReleased) {

    public static final ImageMetadata NONE = new ImageMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
}
