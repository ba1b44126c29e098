package io.parley.standards.checks;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.standards.catalogue.Catalogue.LicenceType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * What the checks engine is asked about: a post, a reply, or a like or share of someone else's content.
 *
 * @param kind     post and reply are checked against sections 3-6 (a reply also for moving the
 *                 conversation into private); like and share against sections 6 and 8, the text, links and
 *                 mentions then being those of the content liked or shared
 * @param channel  the channel id (facebook, instagram, ...), whose overrides apply
 * @param text     the text; spans in findings are code-point offsets into it
 * @param links    links given apart from the text (a link in the text is found there too)
 * @param mentions accounts mentioned or engaged with, e.g. @globex
 * @param images   images with their licence metadata and, optionally, their bytes
 * @param scheduledFor when the post is to go out, if known: a licence must not expire before it (absent: the
 *                 licence must be valid at the moment of the check)
 */
@Schema(name = "Draft", description = "A draft post, reply, like or share to check")
public record Draft(
        @Schema(required = true) Kind kind,
        @Schema(required = true, example = "facebook") String channel,
        @Schema(example = "Our winter collection is here ❄") String text,
        List<String> links,
        @Schema(example = "[\"@globex\"]") List<String> mentions,
        List<Image> images,
        @Schema(description = "when the post is to go out; an image licence expiring before then is a finding "
                + "(absent: the moment of the check)", example = "2026-12-01T09:00:00Z") Instant scheduledFor) {

    public Draft(Kind kind, String channel, String text, List<String> links, List<String> mentions, List<Image> images) {
        this(kind, channel, text, links, mentions, images, null);
    }

    /** The same draft going out at {@code at}. */
    public Draft at(Instant at) {
        return new Draft(kind, channel, text, links, mentions, images, at);
    }

    @Schema(name = "DraftKind")
    public enum Kind {
        @JsonProperty("post") POST,
        @JsonProperty("reply") REPLY,
        @JsonProperty("like") LIKE,
        @JsonProperty("share") SHARE;

        public boolean isEngagement() {
            return this == LIKE || this == SHARE;
        }
    }

    /** One image: its licence metadata, what it shows, and optionally its bytes (JPEG, PNG or WebP). */
    @Schema(name = "DraftImage")
    public record Image(
            Licence licence,
            @Schema(description = "people can be recognised on it") Boolean showsPeople,
            @Schema(description = "private property (a building, an artwork) is its subject") Boolean showsPrivateProperty,
            @Schema(type = SchemaType.STRING, format = "byte", description = "the image file, base64; optional today, "
                    + "used by the image analysis") byte[] bytes) {
    }

    /**
     * An image's licence. The calendar's media licence ({@code licence, author, source, expiresAt}) reads as one
     * as it is: {@code licence} is the type and {@code author} the attribution.
     */
    @Schema(name = "ImageLicence")
    public record Licence(
            @JsonAlias("licence") @Schema(description = "the licence type (also accepted as 'licence')") LicenceType type,
            @JsonAlias("author") @Schema(description = "the credit published with the photo (also accepted as "
                    + "'author')", example = "Photo: Jan Kowalski / Unsplash") String attribution,
            Boolean modelRelease,
            Boolean propertyRelease,
            @Schema(description = "where it comes from: a domain or URL", example = "unsplash.com") String source,
            @Schema(description = "when the right to use it ends; absent: it does not",
                    example = "2027-06-30T23:59:59Z") Instant expiresAt) {

        public Licence(LicenceType type, String attribution, Boolean modelRelease, Boolean propertyRelease,
                String source) {
            this(type, attribution, modelRelease, propertyRelease, source, null);
        }
    }

    public String textOrEmpty() {
        return text == null ? "" : text;
    }

    public List<String> linksOrEmpty() {
        return links == null ? List.of() : links;
    }

    public List<String> mentionsOrEmpty() {
        return mentions == null ? List.of() : mentions;
    }

    public List<Image> imagesOrEmpty() {
        return images == null ? List.of() : images;
    }
}
