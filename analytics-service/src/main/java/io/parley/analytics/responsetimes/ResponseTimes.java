package io.parley.analytics.responsetimes;

import io.parley.platform.time.TimeWindow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.Optional;

/** The API shape of response-time figures, and the mapping to it. */
public final class ResponseTimes {

    private ResponseTimes() {
    }

    /** What the store computes over a window. */
    public record Figures(long answered, Double median, Double p90, @Schema(nullable = true) Double withinTargetRate,
            long opened) {
    }

    @Schema(name = "ResponseTimes", description = "How fast the brand gave its first public response")
    public record View(
            @Schema(example = "acme") String brand,
            @Schema(description = "only this channel, when asked; null for all channels", example = "facebook")
            String platform,
            @Schema(description = "start of the window, inclusive") Instant from,
            @Schema(description = "end of the window, exclusive") Instant to,
            @Schema(description = "conversations answered in [from, to)", example = "5") long count,
            @Schema(nullable = true, description = "median time to first response, seconds; null without answers",
                    example = "180.0")
            Double medianSeconds,
            @Schema(nullable = true, description = "90th percentile (continuous), seconds; null without answers",
                    example = "456.0")
            Double p90Seconds,
            @Schema(nullable = true, description = "share of answers within the target, 0 to 1; null without answers",
                    example = "0.6")
            Double withinTargetRate,
            @Schema(description = "conversations opened (first message received) in [from, to)", example = "7")
            long opened) {
    }

    public static View view(String brand, Optional<String> platform, TimeWindow window, Figures f) {
        return new View(brand, platform.orElse(null), window.from(), window.to(), f.answered(), f.median(), f.p90(),
                f.withinTargetRate(), f.opened());
    }
}
