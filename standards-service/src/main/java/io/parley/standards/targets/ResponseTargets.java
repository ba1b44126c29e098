package io.parley.standards.targets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The API shapes of a brand's response-time targets. */
public final class ResponseTargets {

    private ResponseTargets() {
    }

    @Schema(name = "ChannelTarget", description = "The first-response target on one channel")
    public record ChannelTarget(
            @Schema(description = "the channel", example = "facebook") String platform,
            @Schema(description = "minutes, 1 to 43200", example = "30") Integer firstResponseMinutes) {
    }

    @Schema(name = "ResponseTargetsUpdate", description = "The whole set of a brand's targets")
    public record Update(
            @Schema(description = "for channels without their own target, 1 to 43200 minutes", example = "60")
            Integer defaultMinutes,
            List<ChannelTarget> targets) {
    }

    @Schema(name = "ResponseTargets", description = "A brand's response-time targets, as they stand")
    public record View(String brand, long version, int defaultMinutes, List<ChannelTarget> targets, Instant updatedAt,
            String updatedBy) {
    }
}
