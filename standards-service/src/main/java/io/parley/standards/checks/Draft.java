package io.parley.standards.checks;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.parley.standards.catalogue.Catalogue.LicenceType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
 */
@Schema(name = "Draft", description = "A draft post, reply, like or share to check")
public record Draft(
        @Schema(required = true) Kind kind,
        @Schema(required = true, example = "facebook") String channel,
        @Schema(example = "Our winter collection is here ❄") String text,
        List<String> links,
        @Schema(example = "[\"@globex\"]") List<String> mentions,
        List<Image> images) {

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

    @Schema(name = "ImageLicence")
    public record Licence(
            LicenceType type,
            @Schema(example = "Photo: Jan Kowalski / Unsplash") String attribution,
            Boolean modelRelease,
            Boolean propertyRelease,
            @Schema(description = "where it comes from: a domain or URL", example = "unsplash.com") String source) {
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
