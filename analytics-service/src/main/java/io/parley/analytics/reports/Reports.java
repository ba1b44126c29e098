package io.parley.analytics.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The API shapes of the reports: commentary, schedules, deliveries, the audit of their changes. */
public final class Reports {

    /** The commentary slots a report period has, in the order the PDF shows them. */
    public static final List<String> SLOTS = List.of("summary", "care", "contacts", "publishing", "timeline");

    private Reports() {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ReportCommentarySlot", description = "What a manager wrote in one slot of a period's report")
    public record Slot(@Schema(description = "summary, care, contacts, publishing or timeline", example = "care")
            String slot,
            @Schema(example = "Odpowiedzi na Instagramie wolniejsze w weekend — zmiana grafiku od grudnia.") String text,
            @Schema(example = "manager1") String updatedBy, Instant updatedAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ReportCommentary", description = "A period's commentary: the slots written (others are empty)")
    public record Commentary(@Schema(example = "acme") String brand, Instant from, Instant to, List<Slot> slots) {
    }

    @Schema(name = "ReportCommentaryRequest", description = "Slots to write: slot → text; an empty text clears the slot; "
            + "slots not named stay as they are")
    public record CommentaryRequest(
            @Schema(required = true, example = "{\"summary\": \"A calm month.\", \"care\": \"\"}")
            Map<String, String> slots) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ReportDelivery", description = "One report pack built for a schedule and e-mailed")
    public record Delivery(UUID id, UUID scheduleId,
            @Schema(description = "the period reported, start inclusive") Instant periodFrom,
            @Schema(description = "end exclusive") Instant periodTo,
            @Schema(example = "pl") String language, List<String> recipients, Instant createdAt,
            @Schema(description = "sent, or failed (the mail server did not take it: problem says why)",
                    example = "sent") String status,
            String problem,
            @Schema(description = "until when the e-mail's link downloads the PDF") Instant linkExpiresAt) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ReportSchedule", description = "A brand's report e-mailed weekly or monthly")
    public record Schedule(UUID id, @Schema(example = "acme") String brand,
            @Schema(description = "weekly (Monday to Monday, UTC) or monthly (calendar months, UTC)",
                    example = "monthly") String cadence,
            @Schema(example = "[\"care-lead@acme.example\"]") List<String> recipients,
            @Schema(description = "en, pl, el or ru", example = "pl") String language,
            @Schema(description = "durations in all hours or business hours", example = "business") String hours,
            @Schema(description = "when the next pack is built: the end of the period it reports") Instant nextRunAt,
            String createdBy, Instant createdAt, String updatedBy, Instant updatedAt,
            @Schema(description = "the newest delivery, null before the first") Delivery lastDelivery) {
    }

    @Schema(name = "ReportScheduleRequest")
    public record ScheduleRequest(
            @Schema(required = true, description = "weekly or monthly", example = "monthly") String cadence,
            @Schema(required = true, description = "1 to 20 e-mail addresses",
                    example = "[\"care-lead@acme.example\"]") List<String> recipients,
            @Schema(description = "en (default), pl, el or ru", example = "pl") String language,
            @Schema(description = "all (default) or business", example = "all") String hours) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    // The pages' documented shapes (platform rest.Page with these items), so that each list's 200 response carries
    // its schema and an example together; the endpoints answer Page<…> itself.

    @Schema(name = "ReportSchedulePage", description = "A page of report schedules; pass nextCursor as cursor for the next")
    public record SchedulePage(@Schema(required = true) List<Schedule> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "ReportDeliveryPage", description = "A page of a schedule's deliveries; pass nextCursor as cursor for "
            + "the next")
    public record DeliveryPage(@Schema(required = true) List<Delivery> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "ReportAuditPage", description = "A page of the report settings' history; pass nextCursor as cursor "
            + "for the next")
    public record AuditPage(@Schema(required = true) List<AuditEntry> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "ReportAuditEntry", description = "A change to the brand's report settings")
    public record AuditEntry(
            @Schema(description = "schedule_created, schedule_changed, schedule_deleted, commentary_saved, "
                    + "report_sent_now", example = "schedule_created") String action,
            @Schema(description = "the schedule's id or the period", example = "2026-11-01T00:00:00Z/2026-12-01T00:00:00Z")
            String subject,
            @Schema(example = "manager1") String actor, Instant at, Map<String, Object> details) {
    }
}
