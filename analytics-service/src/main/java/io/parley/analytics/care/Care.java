package io.parley.analytics.care;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The API shapes of the care figures and their drill-down. Every figure carries the base it is computed over. */
public final class Care {

    private Care() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CareRate", description = "A share: count out of base; value is null when the base is 0")
    public record Rate(
            @Schema(description = "count / base, 0 to 1; null when the base is 0", example = "0.75") Double value,
            @Schema(description = "the conversations that count", example = "9") long count,
            @Schema(description = "the conversations it is a share of", example = "12") long base) {

        static Rate of(long count, long base) {
            return new Rate(base == 0 ? null : (double) count / base, count, base);
        }
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CareDuration", description = "Median and 90th percentile (continuous, interpolated) of a duration, "
            + "in seconds of the hours asked for; null when the base is 0. Exact over a window without a whole UTC "
            + "day or with a filter, else within 1 % of the exact value (read from the daily rollup)")
    public record Durations(
            @Schema(nullable = true, example = "1260.0") Double medianSeconds,
            @Schema(nullable = true, example = "5400.0") Double p90Seconds,
            @Schema(description = "the conversations measured", example = "9") long base) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CareGroup", description = "The care figures of one group (or of all of them: the total)")
    public record Group(
            @Schema(description = "the group's value (a channel, team, agent, moment or language); null for the "
                    + "conversations without one; absent meaning for the total, where it is null too",
                    example = "facebook") String value,
            @Schema(description = "conversations that arrived in the window", example = "12") long conversations,
            @Schema(description = "answered (a first public response delivered) out of the conversations")
            Rate responseRate,
            @Schema(description = "time to first response of the answered conversations")
            Durations timeToFirstResponse,
            @Schema(description = "first responses by the due time in force when the conversation arrived, out of the "
                    + "conversations answered or still unanswered after their due time") Rate withinTarget,
            @Schema(description = "resolution time (arrival to the latest resolution) of the conversations resolved "
                    + "now") Durations resolution,
            @Schema(description = "reopened (resolved, then open again) out of the conversations ever resolved")
            Rate reopened) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CareFigures", description = "Care figures of the conversations that arrived in [from, to), per group")
    public record View(
            @Schema(example = "acme") String brand,
            @Schema(description = "start of the window, inclusive") Instant from,
            @Schema(description = "end of the window, exclusive") Instant to,
            @Schema(description = "the grouping: channel, team, agent, moment or language", example = "channel")
            String by,
            @Schema(description = "the hours durations count: business or all", example = "business") String hours,
            @Schema(description = "the filters applied, dimension → value (null: the conversations without one)")
            Map<String, String> filters,
            @Schema(description = "all the groups together") Group total,
            @Schema(description = "one entry per group, the most conversations first") List<Group> groups) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CareConversation", description = "One conversation behind a care figure, as the figures count it")
    public record Conversation(
            UUID conversationId,
            @Schema(example = "facebook") String channel,
            @Schema(description = "the owning team; once answered, the team it was answered in", example = "care")
            String team,
            @Schema(description = "the agent it counts towards: who gave the first response, else who owns it",
                    example = "agent2") String agent,
            @Schema(example = "question") String moment,
            @Schema(example = "pl") String language,
            Instant receivedAt,
            @Schema(description = "the first-response due time in force when it arrived") Instant dueAt,
            @Schema(description = "the target in force when it arrived, in (business) minutes", example = "60")
            Long targetMinutes,
            Instant firstResponseAt,
            @Schema(description = "in the hours asked for", example = "1260") Long timeToFirstResponseSeconds,
            @Schema(description = "true: answered by the due time; false: late, or unanswered after it; null: not "
                    + "due yet or no target known") Boolean withinTarget,
            @Schema(description = "the latest resolution, while resolved") Instant resolvedAt,
            @Schema(nullable = true, description = "in the hours asked for", example = "7200") Long resolutionSeconds,
            @Schema(description = "how often it was reopened after a resolution", example = "1") int reopenedCount) {
    }

    /** The documented shape of a page of {@link Conversation}s (the endpoint answers platform-rest's {@code Page}). */
    @Schema(name = "CareConversationPage", description = "A page of the conversations behind a figure, in arrival "
            + "order; pass nextCursor as cursor (with the same window, figure and filters) for the next")
    public record ConversationPage(@Schema(required = true) List<Conversation> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }
}
