package io.parley.analytics.volumes;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** The API shapes of the volume (moment of truth) and sentiment figures. */
public final class Volumes {

    private Volumes() {
    }

    @Schema(name = "MomentCounts", description = "Interactions per moment of truth. Spam is counted apart and not "
            + "in any moment; unclassified are interactions enrichment gave no moment (or one not listed).")
    public record MomentCounts(
            @Schema(example = "4") long complaint, @Schema(example = "2") long question,
            @Schema(example = "1") long suggestion, @Schema(example = "3") long praise,
            @Schema(example = "1") long spam, @Schema(example = "0") long unclassified,
            @Schema(description = "all interactions, spam included", example = "11") long total) {
    }

    @Schema(name = "VolumeBucket")
    public record VolumeBucket(@Schema(description = "start of the day or hour (UTC)") Instant start,
            @Schema(example = "4") long complaint, @Schema(example = "2") long question,
            @Schema(example = "1") long suggestion, @Schema(example = "3") long praise,
            @Schema(example = "1") long spam, @Schema(example = "0") long unclassified,
            @Schema(example = "11") long total) {

        MomentCounts counts() {
            return new MomentCounts(complaint, question, suggestion, praise, spam, unclassified, total);
        }
    }

    @Schema(name = "Volumes", description = "Interactions by moment of truth, per day or hour")
    public record VolumesView(
            @Schema(example = "acme") String brand,
            @Schema(description = "only this channel, when asked; null for all channels", example = "facebook")
            String platform,
            @Schema(description = "start of the window, inclusive") Instant from,
            @Schema(description = "end of the window, exclusive") Instant to,
            @Schema(description = "day or hour (UTC)", example = "day") String bucket,
            @Schema(description = "the whole window") MomentCounts totals,
            @Schema(description = "every bucket overlapping the window, oldest first, empty ones included")
            List<VolumeBucket> buckets) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "SentimentBucket")
    public record SentimentBucket(@Schema(description = "start of the day or hour (UTC); absent for the totals")
            Instant start,
            @Schema(example = "3") long positive, @Schema(example = "5") long neutral,
            @Schema(example = "4") long negative,
            @Schema(description = "mean sentiment score in [-1, 1]; null when nothing was heard", example = "-0.12")
            Double averageScore) {
    }

    @Schema(name = "Sentiment", description = "Positive, neutral and negative interactions and the mean score, per "
            + "day or hour (spam left out)")
    public record SentimentView(
            @Schema(example = "acme") String brand,
            @Schema(description = "only this channel, when asked; null for all channels", example = "facebook")
            String platform,
            @Schema(description = "start of the window, inclusive") Instant from,
            @Schema(description = "end of the window, exclusive") Instant to,
            @Schema(description = "day or hour (UTC)", example = "day") String bucket,
            @Schema(description = "the whole window (its start is the window's)") SentimentBucket totals,
            @Schema(description = "every bucket overlapping the window, oldest first, empty ones included")
            List<SentimentBucket> buckets) {
    }
}
