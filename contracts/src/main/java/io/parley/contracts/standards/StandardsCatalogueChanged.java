package io.parley.contracts.standards;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;

import java.time.Instant;

/**
 * A brand's standards catalogue as it now stands: the whole catalogue of the version that has taken
 * effect. Published when a version takes effect (at once, or later at its effective-from time), never
 * for a version that is not yet effective. The catalogue is carried as its JSON document (the shape of
 * {@code GET /api/v1/brands/{brand}/standards}, documented in docs/standards.md) so that the catalogue
 * can grow within v1 without a change here.
 */
@EventDoc(
        summary = "A brand's standards catalogue (all nine sections, with per-channel overrides) as it now stands, published when a version takes effect. Emitted by standards-service on a compacted topic; read by any service that needs the brand's rules without a call.",
        key = "`<brand>/catalogue` (compacted: the latest record per key is the truth; the brand's ResponseTargetsChanged keeps the key `<brand>` so that compaction keeps both)",
        fields = {
        "version: the catalogue version that took effect",
        "effectiveFrom: when it took effect",
        "changedBy: who made the version",
        "comment: why it was made",
        "catalogue: the catalogue document (sections approvers, tools, photos, content, links, otherBrands, logos, engagement, responseTargets, and overrides per channel); see docs/standards.md"})
public record StandardsCatalogueChanged(
        long version,
        Instant effectiveFrom,
        String changedBy,
        String comment,
        JsonNode catalogue) implements Payload {

    public static final String TYPE = "parley.standards.catalogue.v1";

    /** The record key of a brand's catalogue on the standards topic. */
    public static String key(String brand) {
        return brand + "/catalogue";
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.STANDARDS;
    }
}
