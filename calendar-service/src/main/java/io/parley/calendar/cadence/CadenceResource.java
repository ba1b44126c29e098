package io.parley.calendar.cadence;

import io.parley.platform.problem.Problem;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan's cadence against the catalogue's targets, and the next free slot on an account. */
@Path("/api/v1/brands/{brand}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cadence", description = "Posts planned per channel account against the brand's cadence targets")
public class CadenceResource {

    @Inject
    CadenceService cadence;

    @GET
    @Path("/cadence")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Planned against target per channel account and week",
            description = "For each of the brand's channel accounts (and any other account with posts planned), week "
                    + "by week (Monday 00:00 to Monday 00:00 in the brand's time zone, the weeks [from, to) touches): "
                    + "the variants planned (not cancelled, expired, failed or deleted), the catalogue's posts-per-week "
                    + "target (section 10; the account's own target wins over its platform's), the shortfall (a gap in "
                    + "the plan) or overload, and each planned post that comes sooner than the minimum gap after the "
                    + "one before, falls in quiet hours or in a blackout. competitors holds the competitors' observed "
                    + "cadence for the same weeks: per competitor the catalogue names (section 6) and any other a "
                    + "listening feed is marked as, its posts per week as read from its public feeds (ingest-service's "
                    + "rss sources with settings.competitor), null where the feeds show nothing (weeks not begun, or "
                    + "before their oldest post), the averages, and from which feeds since when; never an estimate. "
                    + "Every role of the brand reads.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CadenceApi.Report.class),
            examples = @ExampleObject(name = "a gap and an overload", value = CadenceExamples.REPORT)))
    @APIResponse(responseCode = "400", description = "A bad range: from not before to, more than 366 days, not an "
            + "instant", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad range", value = CadenceExamples.BAD_RANGE)))
    @APIResponse(responseCode = "503", description = "standards-service or ingest-service did not answer; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = """
                            {"type":"/problems/unavailable","title":"Unavailable","status":503,
                             "detail":"the brand's standards could not be read; retry in a moment"}""")))
    public CadenceApi.Report report(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "ISO-8601 instant; its week is the first (default: this week)",
                    example = "2026-12-07T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant, exclusive (default: four weeks after from)",
                    example = "2027-01-04T00:00:00Z") @QueryParam("to") String to) {
        var fromAt = QueryParams.optionalInstant("from", from);
        var toAt = QueryParams.optionalInstant("to", to);
        return cadence.report(brand, fromAt, toAt);
    }

    @GET
    @Path("/slots/next")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The next free slot on a channel account",
            description = "The first minute at or after `after` (default, and at the earliest: now) that is in no "
                    + "blackout (the brand's or the channel's) or quiet hours, at least the minimum gap away from every "
                    + "post planned on the account, and in a week that has not reached its posts-per-week target — in "
                    + "the brand's time zone, DST included. movedBecause lists the rules that moved it; slot is null "
                    + "when nothing is free within a year.")
    @APIResponse(responseCode = "200", description = "The slot", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CadenceApi.NextSlot.class),
            examples = @ExampleObject(name = "after the quiet night", value = CadenceExamples.NEXT_SLOT)))
    @APIResponse(responseCode = "400", description = "channelAccount missing or not the brand's; after not an instant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown account", value = CadenceExamples.UNKNOWN_ACCOUNT)))
    @APIResponse(responseCode = "503", description = "standards-service or ingest-service did not answer; retry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = """
                            {"type":"/problems/unavailable","title":"Unavailable","status":503,
                             "detail":"the brand's standards could not be read; retry in a moment"}""")))
    public CadenceApi.NextSlot next(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the channel account's id", required = true,
                    example = "0f0f0f0f-0000-4000-8000-00000000fb01") @QueryParam("channelAccount") String channelAccount,
            @Parameter(description = "ISO-8601 instant (default: now)", example = "2026-12-08T21:30:00Z")
            @QueryParam("after") String after) {
        var afterAt = QueryParams.optionalInstant("after", after);
        return cadence.next(brand, channelAccount, afterAt);
    }
}
