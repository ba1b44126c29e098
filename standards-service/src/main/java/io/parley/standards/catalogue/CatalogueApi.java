package io.parley.standards.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The API shapes of the catalogue endpoints, and the one mapping from a stored version to them. */
public final class CatalogueApi {

    private CatalogueApi() {
    }

    @Schema(name = "CatalogueUpdate", description = "A new version of the whole catalogue")
    public record Update(
            @Schema(description = "why the change; shown in the history", example = "Black Friday: no 'free' claims")
            String comment,
            @Schema(description = "when the version takes effect; absent for now. Not in the past.")
            Instant effectiveFrom,
            @Schema(implementation = Catalogue.class, description = "the whole catalogue (all nine sections)")
            JsonNode catalogue) {
    }

    @Schema(name = "Rollback", description = "Make a new version with the catalogue of an earlier one")
    public record Rollback(@Schema(example = "3") Long toVersion,
            @Schema(example = "The Black Friday rules were too strict") String comment,
            @Schema(description = "absent for now") Instant effectiveFrom) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CatalogueVersion", description = "One version of a brand's catalogue")
    public record View(
            @Schema(example = "acme") String brand,
            @Schema(description = "this version's number; 0 for a brand without a catalogue", example = "3") long version,
            @Schema(description = "current, scheduled (takes effect later), past or superseded (overtaken by a "
                    + "higher version before it took effect)", example = "current") String status,
            @Schema(description = "the highest version written (the ETag of the catalogue)", example = "4") long latestVersion,
            Instant effectiveFrom, Instant createdAt,
            @Schema(example = "manager1") String author, String comment,
            @Schema(description = "the version this one restored, for a roll-back") Long rolledBackFrom,
            Catalogue catalogue) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CatalogueVersionSummary")
    public record Summary(@Schema(example = "3") long version, @Schema(example = "current") String status,
            @Schema(example = "manager1") String author, Instant createdAt, String comment, Instant effectiveFrom,
            Long rolledBackFrom) {
    }

    @Schema(name = "CatalogueHistory")
    public record History(@Schema(example = "acme") String brand, @Schema(description = "the current version; 0 "
            + "for none", example = "3") long currentVersion, @Schema(description = "newest first") List<Summary> versions) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CatalogueChange")
    public record Change(@Schema(example = "content.forbidden[0].severity") String path,
            @Schema(type = SchemaType.OBJECT, description = "the value in 'from'; null when it was absent") JsonNode before,
            @Schema(type = SchemaType.OBJECT, description = "the value in 'to'; null when it is gone") JsonNode after) {
    }

    @Schema(name = "CatalogueDiff")
    public record Diff(@Schema(example = "acme") String brand, @Schema(example = "2") long from,
            @Schema(example = "3") long to, List<Change> changes) {
    }

    static String status(CatalogueVersion v, long current, Instant now) {
        if (v.version == current) {
            return "current";
        }
        if (v.version > current) {
            return "scheduled";
        }
        return v.superseded || v.effectiveFrom.isAfter(now) ? "superseded" : "past";
    }

    static View view(CatalogueVersion v, long current, long head, Instant now) {
        return new View(v.brand, v.version, status(v, current, now), head, v.effectiveFrom, v.createdAt, v.author,
                v.comment, v.rolledBackFrom, CatalogueJson.parse(v.catalogue));
    }

    static Summary summary(CatalogueVersion v, long current, Instant now) {
        return new Summary(v.version, status(v, current, now), v.author, v.createdAt, v.comment, v.effectiveFrom,
                v.rolledBackFrom);
    }
}
