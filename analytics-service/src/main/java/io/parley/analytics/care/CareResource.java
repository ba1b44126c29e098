package io.parley.analytics.care;

import io.parley.analytics.api.Examples;
import io.parley.platform.time.TimeWindow;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
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

import java.time.Clock;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;

/**
 * Care figures of a brand per channel, team, agent, moment of truth or language, and the conversations behind each
 * (docs/metrics.md has every formula, base and attribution rule).
 */
@Path("/api/v1/brands/{brand}/analytics/care")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Care figures", description = "How the brand's care performs: response, targets, resolution")
public class CareResource {

    @Inject
    CareFigures figures;

    @Inject
    BrandAccess access;

    @Inject
    CareConfig config;

    @Inject
    PageLimits pages;

    @Inject
    Clock clock;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Care figures per group",
            description = "Over the conversations that arrived in [from, to) (a conversation counts in the window of "
                    + "its arrival, whatever the date of its answer), per group of `by` and for all together: "
                    + "conversations; response rate (answered / conversations); time to first response, median and "
                    + "p90 (continuous) of the answered; share within target (first response by the due time in "
                    + "force when the conversation arrived, out of those answered or unanswered past their due "
                    + "time); resolution time, median and p90, of those resolved now; reopened rate (reopened / "
                    + "ever resolved). Each figure carries its base. Counts and rates are exact; the percentiles are exact "
                    + "when the window holds no whole UTC day or a filter is given, and otherwise interpolated from "
                    + "the daily rollup's 1 %-wide buckets within 1 % of the exact value (durations under a minute "
                    + "exact; docs/metrics.md, Exact and interpolated). hours=business counts durations in the "
                    + "brand's business hours in force when the conversation arrived (section 9), hours=all every "
                    + "minute. The agent is who gave the first response, else who owns the conversation. Filters "
                    + "narrow the conversations; an empty filter value (team=) selects those without one. Without "
                    + "from: the 30 days before to; without to: now; at most 366 days.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Care.View.class),
                    examples = @ExampleObject(name = "per channel", value = CareExamples.CARE)))
    @APIResponse(responseCode = "400", description = "An unknown grouping, choice of hours, channel or moment; a bad, "
            + "empty or too long window", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "unknown grouping", value = CareExamples.INVALID_GROUPING),
                    @ExampleObject(name = "empty window", value = Examples.INVALID_WINDOW)}))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read analytics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Care.View care(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "group by channel (default), team, agent, moment or language", example = "team")
            @QueryParam("by") String by,
            @Parameter(description = "durations in business hours or all hours (default)", example = "business")
            @QueryParam("hours") String hours,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("channel") String channel,
            @Parameter(description = "only this team", example = "care") @QueryParam("team") String team,
            @Parameter(description = "only this agent", example = "agent1") @QueryParam("agent") String agent,
            @Parameter(description = "only this moment of truth", example = "complaint") @QueryParam("moment")
            String moment,
            @Parameter(description = "only this language (ISO 639-1)", example = "pl") @QueryParam("language")
            String language) {
        CareQuery query = query(brand, from, to, channel, team, agent, moment, language);
        return figures.figures(query, Dimension.of("by", by), HoursCounted.of("hours", hours), clock.instant());
    }

    @GET
    @Path("conversations")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The conversations behind a care figure",
            description = "The conversations a figure of GET …/analytics/care counts, with the same window and "
                    + "filters (to open one group, filter by its value; an empty value opens the group without "
                    + "one): figure=conversations (the base of the response rate), answered, unanswered, target-due "
                    + "(the base of the share within target), within-target, missed-target, resolved (the base of "
                    + "the resolution time), ever-resolved (the base of the reopened rate), reopened. Each with the "
                    + "values the figures used, durations in the hours asked for; in arrival order (then id), a page "
                    + "at a time (limit, and cursor from the previous page's nextCursor, with the same window, figure "
                    + "and filters).")
    @APIResponse(responseCode = "200", description = "A page of conversations",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Care.ConversationPage.class),
                    examples = @ExampleObject(name = "missed on Instagram", value = CareExamples.CARE_CONVERSATIONS)))
    @APIResponse(responseCode = "400", description = "An unknown figure, choice of hours, channel or moment; a bad "
            + "window or limit; a cursor this listing did not hand out", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = {
                    @ExampleObject(name = "unknown figure", value = CareExamples.INVALID_FIGURE),
                    @ExampleObject(name = "bad limit", value = CareExamples.INVALID_PAGE)}))
    @APIResponse(responseCode = "403", description = "Editors and approvers do not read analytics",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<Care.Conversation> conversations(
            @Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "start, inclusive (ISO-8601 instant)", example = "2026-11-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "end, exclusive (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "which figure's conversations (default: conversations)", example = "missed-target")
            @QueryParam("figure") String figure,
            @Parameter(description = "durations in business hours or all hours (default)", example = "business")
            @QueryParam("hours") String hours,
            @Parameter(description = "only this channel", example = "facebook") @QueryParam("channel") String channel,
            @Parameter(description = "only this team", example = "care") @QueryParam("team") String team,
            @Parameter(description = "only this agent", example = "agent1") @QueryParam("agent") String agent,
            @Parameter(description = "only this moment of truth", example = "complaint") @QueryParam("moment")
            String moment,
            @Parameter(description = "only this language (ISO 639-1)", example = "pl") @QueryParam("language")
            String language,
            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit "
                    + "(50)", example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        CareQuery query = query(brand, from, to, channel, team, agent, moment, language);
        return figures.conversations(query, Figure.of("figure", figure), HoursCounted.of("hours", hours),
                clock.instant(), cursor, QueryParams.limit(limit, pages));
    }

    private CareQuery query(String brand, String from, String to, String channel, String team, String agent,
            String moment, String language) {
        access.require(brand);
        TimeWindow window = TimeWindow.endingAt(from, to, clock.instant(), config.defaultWindow(),
                config.longestWindow());
        return new CareQuery(brand, window, CareQuery.filters(channel, team, agent, moment, language));
    }
}
