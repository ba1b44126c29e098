package io.parley.standards.targets;

import io.parley.standards.catalogue.Catalogue;
import io.parley.standards.catalogue.CatalogueApi;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The API shapes of a brand's response-time targets, and the one mapping from the entities to them. */
public final class ResponseTargets {

    private ResponseTargets() {
    }

    @Schema(name = "ChannelTarget", description = "The first-response target on one channel")
    public record ChannelTarget(
            @Schema(description = "the channel: facebook, instagram, x, linkedin, youtube, tiktok, vk, telegram, "
                    + "forum, rss or generic; each at most once", example = "facebook") String platform,
            @Schema(description = "minutes, 1 to 43200 (30 days)", example = "30") Integer firstResponseMinutes) {
    }

    @Schema(name = "ResponseTargetsUpdate", description = "The whole set of a brand's targets (replaces the previous one)")
    public record Update(
            @Schema(description = "for channels without their own target, 1 to 43200 minutes", example = "60")
            Integer defaultMinutes,
            @Schema(description = "per-channel targets; an empty list means the default everywhere")
            List<ChannelTarget> targets) {
    }

    @Schema(name = "ResponseTargets", description = "A brand's response-time targets, as they stand")
    public record View(
            @Schema(example = "acme") String brand,
            @Schema(description = "0 until someone sets them; also the ETag", example = "3") long version,
            @Schema(description = "minutes for channels without their own target", example = "60") int defaultMinutes,
            List<ChannelTarget> targets,
            @Schema(description = "when this version was made; null for version 0") Instant updatedAt,
            @Schema(description = "who made it; null for version 0", example = "manager1") String updatedBy) {
    }

    /** Section 9 of a catalogue version as the targets view: the first-response, normal-priority targets. */
    static View view(CatalogueApi.View version) {
        Catalogue.ResponseTargets section = version.catalogue().responseTargets();
        return new View(version.brand(), version.version(), section.defaultMinutes(), section.targets().stream()
                .filter(ResponseTargets::isFirstResponseNormal)
                .map(t -> new ChannelTarget(t.channel(), t.minutes())).toList(), version.createdAt(), version.author());
    }

    static boolean isFirstResponseNormal(Catalogue.ResponseTarget t) {
        return t.momentOfTruth() == Catalogue.MomentOfTruth.FIRST_RESPONSE && t.priority() == Catalogue.Priority.NORMAL;
    }
}
