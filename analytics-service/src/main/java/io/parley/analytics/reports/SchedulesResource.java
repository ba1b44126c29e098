package io.parley.analytics.reports;

import io.parley.analytics.api.Examples;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

/**
 * A brand's report schedules: weekly or monthly packs e-mailed to a list of addresses in a language, each delivery
 * with the PDF attached and a signed link; managers and admins only, every change audited.
 */
@Path("/api/v1/brands/{brand}/analytics/reports/schedules")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Reports", description = "The monthly report pack (PDF), CSV exports, commentary and scheduled e-mails")
public class SchedulesResource {

    @Inject
    ScheduleStore store;

    @Inject
    Deliveries deliveries;

    @Inject
    BrandAccess access;

    @Inject
    Clock clock;

    @Inject
    PageLimits pages;

    @GET
    @Operation(summary = "The brand's report schedules",
            description = "Oldest first, a page at a time (`limit`, and `cursor` from the previous page's nextCursor), "
                    + "each with its next run (the end of the period it will report) and its last delivery (sent or "
                    + "failed, and why).")
    @APIResponse(responseCode = "200", description = "A page of schedules", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.SchedulePage.class),
            examples = @ExampleObject(name = "one monthly", value = ReportsExamples.SCHEDULES)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<Reports.Schedule> list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit (50)",
                    example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor; absent for the first page") @QueryParam("cursor")
            String cursor) {
        return store.page(brand, cursor, QueryParams.limit(limit, pages));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Schedule a report",
            description = "weekly (the week Monday to Monday, UTC, sent once it has ended) or monthly (the calendar "
                    + "month, UTC); to 1 to 20 addresses; in en, pl, el or ru; durations in all or business hours. The "
                    + "first pack goes out when the current period ends. Audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Reports.ScheduleRequest.class)))
    @APIResponse(responseCode = "201", description = "Scheduled (Location names it)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Schedule.class),
            examples = @ExampleObject(name = "monthly in Polish", value = ReportsExamples.SCHEDULE)))
    @APIResponse(responseCode = "400", description = "An unknown cadence, language or choice of hours; no, too many or "
            + "a malformed address", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad address", value = ReportsExamples.INVALID_RECIPIENT)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Response create(@Parameter(example = "acme") @PathParam("brand") String brand,
            Reports.ScheduleRequest request) {
        Reports.Schedule s = store.create(brand, request, access.userName(), clock.instant());
        return Response.created(URI.create("/api/v1/brands/" + brand + "/analytics/reports/schedules/" + s.id()))
                .entity(s).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report schedule", description = "With its next run and last delivery.")
    @APIResponse(responseCode = "200", description = "The schedule", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Schedule.class),
            examples = @ExampleObject(name = "monthly in Polish", value = ReportsExamples.SCHEDULE)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad id", value = ReportsExamples.INVALID_ID)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such schedule of the brand, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no schedule", value = ReportsExamples.SCHEDULE_NOT_FOUND)))
    public Reports.Schedule one(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the schedule's id") @PathParam("id") String id) {
        UUID schedule = uuid(id);
        return store.find(brand, schedule).orElseThrow(() -> ScheduleStore.notFound(schedule));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a report schedule",
            description = "The whole schedule as when creating it. The same cadence keeps its next run; another starts "
                    + "with the period that holds now. Audited with what it was before.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Reports.ScheduleRequest.class)))
    @APIResponse(responseCode = "200", description = "The schedule now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Schedule.class),
            examples = @ExampleObject(name = "monthly in Polish", value = ReportsExamples.SCHEDULE)))
    @APIResponse(responseCode = "400", description = "As when creating; an id that is not a UUID",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad address", value = ReportsExamples.INVALID_RECIPIENT)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such schedule of the brand, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no schedule", value = ReportsExamples.SCHEDULE_NOT_FOUND)))
    public Reports.Schedule change(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the schedule's id") @PathParam("id") String id,
            Reports.ScheduleRequest request) {
        return store.change(brand, uuid(id), request, access.userName(), clock.instant());
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Stop a report schedule",
            description = "No further packs are sent; links already e-mailed keep working until they expire. "
                    + "Audited.")
    @APIResponse(responseCode = "204", description = "Deleted", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "nothing", value = "null")))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad id", value = ReportsExamples.INVALID_ID)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such schedule of the brand, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no schedule", value = ReportsExamples.SCHEDULE_NOT_FOUND)))
    public Response delete(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the schedule's id") @PathParam("id") String id) {
        store.delete(brand, uuid(id), access.userName(), clock.instant());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "A schedule's deliveries", description = "Newest first, a page at a time (`limit`, and "
            + "`cursor` from the previous page's nextCursor): the period, to whom, sent or failed and why, until when "
            + "the link works.")
    @APIResponse(responseCode = "200", description = "A page of deliveries", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.DeliveryPage.class),
            examples = @ExampleObject(name = "one", value = ReportsExamples.DELIVERIES)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, the limit is out of range or the cursor is "
            + "not one this listing handed out (the problem names which)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = {@ExampleObject(name = "bad id", value = ReportsExamples.INVALID_ID)}))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such schedule of the brand, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no schedule", value = ReportsExamples.SCHEDULE_NOT_FOUND)))
    public Page<Reports.Delivery> deliveries(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the schedule's id") @PathParam("id") String id,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit (50)",
                    example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor; absent for the first page") @QueryParam("cursor")
            String cursor) {
        UUID schedule = uuid(id);
        int size = QueryParams.limit(limit, pages);
        store.find(brand, schedule).orElseThrow(() -> ScheduleStore.notFound(schedule));
        return store.deliveries(brand, schedule, cursor, size);
    }

    @POST
    @Path("{id}/deliveries")
    @Operation(summary = "Send the last period's report now",
            description = "Builds the pack of the period that ended last (the last full week or month, UTC) and "
                    + "e-mails it to the schedule's recipients at once, with its signed link; the schedule's next run "
                    + "does not move. No body. Audited. A mail server that does not take it is answered 201 with "
                    + "status failed and why.")
    @APIResponse(responseCode = "201", description = "Built and e-mailed (or failed: status says)", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Reports.Delivery.class),
            examples = @ExampleObject(name = "sent", value = ReportsExamples.DELIVERY)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad id", value = ReportsExamples.INVALID_ID)))
    @APIResponse(responseCode = "403", description = "Only managers and admins", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such schedule of the brand, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no schedule", value = ReportsExamples.SCHEDULE_NOT_FOUND)))
    public Response sendNow(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the schedule's id") @PathParam("id") String id) {
        Reports.Delivery d = deliveries.sendNow(brand, uuid(id), access.userName());
        return Response.status(Response.Status.CREATED).entity(d).build();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("id", "is not a schedule id (a UUID)");
        }
    }
}
