package io.parley.analytics.timeline;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The API shape of the timeline: moments of truth and sentiment per day, with the incidents marked. */
public final class Timeline {

    private Timeline() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TimelineIncident", description = "An incident (crisis) as the inbox opened and closed it")
    public record Incident(UUID incidentId, @Schema(example = "Spike: przesyłka, delivery") String title,
            @Schema(description = "spike or manual", example = "spike") String source,
            @Schema(description = "complaint or negative, or null", example = "complaint") String signal,
            Instant openedAt, @Schema(description = "null while open") Instant closedAt,
            @Schema(description = "what was done, as written when it was closed") String resolution) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TimelineDay", description = "One UTC day: interactions per moment of truth and per sentiment (spam "
            + "apart, in no moment and no sentiment), the mean sentiment score, and the incidents open that day")
    public record Day(Instant start,
            @Schema(example = "4") long complaint, @Schema(example = "2") long question,
            @Schema(example = "1") long suggestion, @Schema(example = "3") long praise,
            @Schema(example = "0") long unclassified, @Schema(example = "1") long spam,
            @Schema(example = "3") long positive, @Schema(example = "3") long neutral,
            @Schema(example = "4") long negative,
            @Schema(description = "mean score in [-1, 1]; null on a day without interactions", example = "-0.12")
            Double averageScore,
            @Schema(description = "ids of the incidents open at some time that day") List<UUID> incidents) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Timeline", description = "Moments of truth and sentiment per day, incidents marked")
    public record View(@Schema(example = "acme") String brand,
            @Schema(description = "only this channel, when asked; null for all", example = "facebook") String channel,
            Instant from, Instant to,
            @Schema(description = "every UTC day overlapping the window, oldest first, empty ones included")
            List<Day> days,
            @Schema(description = "the incidents open at some time in the window, oldest first")
            List<Incident> incidents) {
    }
}
