package io.parley.analytics.reports;

import io.parley.analytics.api.Examples;
import io.parley.analytics.care.CareConfig;
import io.parley.analytics.care.CareQuery;
import io.parley.analytics.care.HoursCounted;
import io.parley.platform.time.TimeWindow;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The report pack and the exports a manager brings to the monthly meeting: the PDF, one CSV row per conversation and
 * one per post, over a window; and the period's commentary shown in the PDF. Without from and to, the window is the
 * last calendar month (UTC).
 */
@Path("/api/v1/brands/{brand}/analytics/reports")
@Tag(name = "Reports", description = "The monthly report pack (PDF), CSV exports, commentary and scheduled e-mails")
public class ReportsResource {

    static final String CSV = "text/csv; charset=UTF-8";
    static final String PDF = "application/pdf";

    @Inject
    Exports exports;

    @Inject
    ReportPack pack;

    @Inject
    CommentaryStore commentary;

    @Inject
    ReportAudit audit;

    @Inject
    BrandAccess access;

    @Inject
    CareConfig windows;

    @Inject
    Clock clock;

    @GET
    @Path("pack.pdf")
    @Produces(PDF)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The report pack as PDF",
            description = "A brand's report for [from, to): a cover with the summary commentary, the meaningful "
                    + "contacts above the follower counts, the care figures per channel, team and agent (as GET "
                    + "…/analytics/care answers them), the publishing figures per channel (as GET …/analytics/"
                    + "publishing), moments of truth and sentiment per day with the incidents marked (as GET "
                    + "…/analytics/timeline), and each section's commentary. Headings in the language asked for "
                    + "(en, pl, el, ru). Without from and to: the last calendar month (UTC); else as the figures' "
                    + "windows (without from: 30 days before to; at most 366 days). Managers and admins: the pack "
                    + "holds both care and publishing figures.")
    @APIResponse(responseCode = "200", description = "The PDF, as an attachment", content = @Content(mediaType = PDF,
            schema = @Schema(type = SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "a pack", value = ReportsExamples.PDF)))
    @APIResponse(responseCode = "400", description = "A bad, empty or too long window; an unknown language or choice "
            + "of hours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation =
            Problem.class), examples = @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Only managers and admins take the whole pack", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Response pdf(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "durations in business hours or all hours (default)", example = "business")
            @QueryParam("hours") String hours,
            @Parameter(description = "en (default), pl, el or ru", example = "pl") @QueryParam("language")
            String language) {
        TimeWindow window = window(from, to);
        HoursCounted counted = HoursCounted.of("hours", hours);
        ReportLanguage lang = ReportLanguage.of("language", language);
        byte[] pdf = pack.pdf(brand, window, counted, lang, clock.instant());
        return Response.ok(pdf, PDF).header("Content-Disposition", attachment(ReportMail.fileName(brand,
                window.from(), window.to()))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("conversations.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One CSV row per conversation",
            description = "Every conversation that arrived in [from, to) — the base of the care figures, the rows of "
                    + "GET …/analytics/care/conversations?figure=conversations, read through the same query — with "
                    + "its ids, channel, team, agent (first responder, else owner), moment, language, arrival, due "
                    + "time and target, first response, time to first response, within target, resolution, reopened "
                    + "count, durations in the hours asked for. RFC 4180, UTF-8 with a byte-order mark (Excel opens "
                    + "Polish, Greek and Russian as written), streamed in arrival order. Same windows as the PDF.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "one conversation", value = ReportsExamples.CONVERSATIONS_CSV)))
    @APIResponse(responseCode = "400", description = "A bad, empty or too long window; an unknown choice of hours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read care figures",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Response conversations(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "durations in business hours or all hours (default)", example = "business")
            @QueryParam("hours") String hours) {
        TimeWindow window = window(from, to);
        HoursCounted counted = HoursCounted.of("hours", hours);
        Instant now = clock.instant();
        CareQuery query = new CareQuery(brand, window, Map.of());
        StreamingOutput body = out -> exports.conversations(query, counted, now, out);
        return Response.ok(body, CSV).header("Content-Disposition", attachment(csvName("conversations", brand,
                window))).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("posts.csv")
    @Produces(CSV)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One CSV row per post",
            description = "Every post the brand published in [from, to) with its figures as GET …/analytics/"
                    + "publishing?by=post answers them (read through the same query): network, channel account, "
                    + "story, variant, title, permalink, impressions, reach, reactions, comments, shares, views (empty "
                    + "where the network gives none), click-throughs, engagements, engagement rate and its base, when "
                    + "the figures were read, sandbox. RFC 4180, UTF-8 with a byte-order mark, streamed, newest "
                    + "first. Same windows as the PDF.")
    @APIResponse(responseCode = "200", description = "The CSV, as an attachment", content = @Content(mediaType = CSV,
            schema = @Schema(type = SchemaType.STRING),
            examples = @ExampleObject(name = "one post", value = ReportsExamples.POSTS_CSV)))
    @APIResponse(responseCode = "400", description = "A bad, empty or too long window", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Agents do not read publishing figures", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Response posts(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to) {
        TimeWindow window = window(from, to);
        StreamingOutput body = out -> exports.posts(brand, window, out);
        return Response.ok(body, CSV).header("Content-Disposition", attachment(csvName("posts", brand, window)))
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("commentary")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "A report period's commentary",
            description = "What managers wrote about the period [from, to) (its exact bounds: the PDF of the same "
                    + "period shows it), per slot: summary, care, contacts, publishing, timeline. Without from and "
                    + "to: the last calendar month.")
    @APIResponse(responseCode = "200", description = "The slots written", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Commentary.class),
            examples = @ExampleObject(name = "November", value = ReportsExamples.COMMENTARY)))
    @APIResponse(responseCode = "400", description = "A bad, empty or too long window", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Reports.Commentary commentary(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the period's start (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "the period's end, exclusive", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to) {
        return commentary.of(brand, window(from, to));
    }

    @PUT
    @Path("commentary")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Write a report period's commentary",
            description = "Sets the slots named in the body (summary, care, contacts, publishing, timeline; at most "
                    + "4000 characters each; an empty text clears a slot; slots not named stay). Audited (GET "
                    + "…/reports/history). The PDF of this exact period shows it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Reports.CommentaryRequest.class)))
    @APIResponse(responseCode = "200", description = "The period's commentary now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Commentary.class),
            examples = @ExampleObject(name = "November", value = ReportsExamples.COMMENTARY)))
    @APIResponse(responseCode = "400", description = "An unknown slot, a text too long, no slot, a bad window",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown slot", value = ReportsExamples.INVALID_SLOT)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Reports.Commentary writeCommentary(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the period's start (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "the period's end, exclusive", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            Reports.CommentaryRequest request) {
        if (request == null) {
            throw ProblemException.invalid("slots", "is required");
        }
        return commentary.save(brand, window(from, to), request.slots(), access.userName(), clock.instant());
    }

    @GET
    @Path("history")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Changes to the brand's report settings",
            description = "Newest first, a page at a time (`limit`, and `cursor` from the previous page's nextCursor): "
                    + "schedules created, changed and deleted, reports sent now, commentary saved — who, when, what.")
    @APIResponse(responseCode = "200", description = "A page of audit entries", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.AuditPage.class),
            examples = @ExampleObject(name = "a schedule", value = ReportsExamples.HISTORY)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<Reports.AuditEntry> history(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit (50)",
                    example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor; absent for the first page") @QueryParam("cursor")
            String cursor) {
        return audit.page(brand, cursor, QueryParams.limit(limit, pages));
    }

    @Inject
    PageLimits pages;

    /** The window asked for; neither bound given: the last calendar month (UTC), the monthly pack's period. */
    private TimeWindow window(String from, String to) {
        Instant now = clock.instant();
        if (from == null && to == null) {
            return Cadence.MONTHLY.justEnded(now);
        }
        return TimeWindow.endingAt(from, to, now, windows.defaultWindow(), windows.longestWindow());
    }

    private static String csvName(String what, String brand, TimeWindow window) {
        return ReportMail.fileName(brand, window.from(), window.to()).replace("parley-report-", "parley-" + what + "-")
                .replace(".pdf", ".csv");
    }

    private static String attachment(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
