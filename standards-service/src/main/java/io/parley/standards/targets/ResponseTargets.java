package io.parley.standards.targets;

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

    static View view(ResponseTargetVersion version, List<ResponseTargetChannel> channels) {
        return new View(version.brand, version.version, version.defaultMinutes, channels.stream()
                .map(c -> new ChannelTarget(c.platform, c.firstResponseMinutes)).toList(), version.changedAt,
                version.changedBy);
    }

    static View defaults(String brand, int defaultMinutes) {
        return new View(brand, 0, defaultMinutes, List.of(), null, null);
    }
}
