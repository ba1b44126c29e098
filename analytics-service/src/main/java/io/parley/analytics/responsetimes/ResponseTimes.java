package io.parley.analytics.responsetimes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** The API shapes of response-time figures. */
public final class ResponseTimes {

    private ResponseTimes() {
    }

    /** What the store computes. */
    public record Figures(long answered, Double median, Double p90, Double withinTargetRate, long opened) {
    }

    @Schema(name = "ResponseTimes", description = "How fast the brand gave its first public response")
    public record View(
            String brand,
            @Schema(description = "only this channel, when asked") String platform,
            Instant from,
            Instant to,
            @Schema(description = "conversations answered in [from, to)") long count,
            @Schema(description = "median time to first response, seconds; null without answers") Double medianSeconds,
            @Schema(description = "90th percentile (continuous), seconds; null without answers") Double p90Seconds,
            @Schema(description = "share of answers within the target, 0 to 1") Double withinTargetRate,
            @Schema(description = "conversations opened in [from, to)") long opened) {
    }
}
