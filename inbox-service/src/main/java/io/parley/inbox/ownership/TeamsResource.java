package io.parley.inbox.ownership;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.inbox.setupchanges.SetupChanges;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

import java.time.Clock;

/** A brand's teams and their on-duty schedules. */
@Path("/api/v1/brands/{brand}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Teams, members and weekly on-duty schedules; the brand's default team")
public class TeamsResource {

    @Inject
    PageLimits pages;

    @Inject
    Teams teams;

    @Inject
    BrandAccess access;

    @Inject
    Clock clock;

    @Inject
    SetupChanges changes;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The brand's teams", description = "Every team of the brand by name, with its members, "
            + "their schedules, who of them is on duty right now, each member's availability (available, away or "
            + "offline, since when) and the away limit; a page at a time (`limit`, and `cursor` from the previous "
            + "page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of teams",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.TeamPage.class),
                    examples = @ExampleObject(name = "teams", value = "{\"items\":[" + OwnershipExamples.TEAM
                            + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = OwnershipExamples.BRAND_NOT_FOUND)))
    public Page<TeamViews.TeamView> list(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return teams.page(brand, cursor, QueryParams.limit(limit, pages)).map(t -> teams.view(t, clock.instant()));
    }

    @GET
    @Path("/{team}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "One team", description = "The team with its members, schedules and who is on duty now.")
    @APIResponse(responseCode = "200", description = "The team",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.TeamView.class),
                    examples = @ExampleObject(name = "team", value = OwnershipExamples.TEAM)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such team, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OwnershipExamples.TEAM_NOT_FOUND)))
    public TeamViews.TeamView get(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the team's name", example = "care") @PathParam("team") String team) {
        return teams.view(teams.get(brand, team), clock.instant());
    }

    @PUT
    @Path("/{team}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Create or replace a team", description = "Members with weekly shifts (days, from-to "
            + "local time, IANA time zone; a shift whose end is not after its start runs overnight), managers "
            + "(whom breaches escalate to) and the strategy within the team: round-robin or least-loaded, among "
            + "the members on duty who are available (GET/PUT /api/v1/me/availability). `default: true` makes it the "
            + "brand's default team (the fallback of rule gaps); a brand's first team is its default. Members and "
            + "managers must be people who can see the brand (GET /api/v1/brands/{brand}/people): anyone else is a "
            + "422 naming the field. `awayLimitMinutes`: a member away or offline longer than that has their open "
            + "conversations of this team returned to its queue (unassigned, recorded); absent: never.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamViews.TeamRequest.class),
            examples = @ExampleObject(name = "team", value = OwnershipExamples.TEAM_REQUEST)))
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.TeamView.class),
                    examples = @ExampleObject(name = "team", value = OwnershipExamples.TEAM)))
    @APIResponse(responseCode = "200", description = "Replaced",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.TeamView.class),
                    examples = @ExampleObject(name = "team", value = OwnershipExamples.TEAM)))
    @APIResponse(responseCode = "400", description = "Invalid name, strategy, user, day, time or time zone; each "
            + "field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = OwnershipExamples.INVALID_TEAM)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "agent", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = OwnershipExamples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "A member or manager who cannot see the brand (each field named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another brand's agent", value = OwnershipExamples.NOT_BRAND_PEOPLE)))
    @APIResponse(responseCode = "409", description = "`default: false` for the default team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "still default", value = OwnershipExamples.STILL_DEFAULT)))
    @Transactional
    public Response put(@Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the team's name: 1-40 lower-case letters, digits or '-'", example = "care")
            @PathParam("team") String team,
            @NotNull TeamViews.TeamRequest request) {
        Teams.Written written = teams.put(brand, team, request, access.userName());
        // the setup's trail (GET /api/v1/brands/{brand}/setup-changes), in the transaction of the change
        changes.record(brand, "team", team, written.created() ? "created" : "changed", access.userName(),
                io.parley.inbox.audit.AuditTrail.details("strategy", written.team().strategy, "default",
                        written.team().isDefault, "managers", written.team().managerNames(), "members",
                        written.team().memberViews(), "awayLimitMinutes", written.team().awayLimitMinutes));
        TeamViews.TeamView view = teams.view(written.team(), clock.instant());
        return Response.status(written.created() ? 201 : 200).entity(view).build();
    }

    @DELETE
    @Path("/{team}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Delete a team", description = "Not the default team, and not a team an assignment rule "
            + "routes to (409). Conversations it owns keep their owner.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "agent", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such team, or not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OwnershipExamples.TEAM_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The default team, or a team rules route to",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "default", value = OwnershipExamples.DEFAULT_TEAM_CONFLICT)))
    @Transactional
    public void delete(@Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the team's name", example = "night") @PathParam("team") String team) {
        teams.delete(brand, team);
        changes.record(brand, "team", team, "deleted", access.userName(), java.util.Map.of());
    }
}
