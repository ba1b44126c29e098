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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A brand's assignment rules and the gaps they left. */
@Path("/api/v1/brands/{brand}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignment", description = "Who owns new conversations: ordered rules, rule gaps, reassignment")
public class AssignmentRulesResource {

    @Inject
    PageLimits pages;

    @Inject
    Assignments assignments;

    @Inject
    BrandAccess access;

    @Inject
    SetupChanges changes;

    @GET
    @Path("/assignment-rules")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The brand's assignment rules", description = "In the order they are tried on a new "
            + "conversation; the first whose every condition matches routes it.")
    @APIResponse(responseCode = "200", description = "The rules",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.RulesView.class),
                    examples = @ExampleObject(name = "rules", value = OwnershipExamples.RULES)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = OwnershipExamples.BRAND_NOT_FOUND)))
    public TeamViews.RulesView rules(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand) {
        return new TeamViews.RulesView(assignments.rules(brand).stream().map(Assignments::view).toList());
    }

    @PUT
    @Path("/assignment-rules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace the brand's assignment rules", description = "The whole ordered list at once "
            + "(an empty list removes every rule). Each rule matches on any of platform, channel account, moment "
            + "of truth, language and a keyword in the text (any case, any script), and routes to a team (an "
            + "on-duty member by the team's strategy) or a person (when on duty), or both. Teams and people must "
            + "exist; every invalid field is named.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamViews.RulesView.class),
            examples = @ExampleObject(name = "rules", value = OwnershipExamples.RULES)))
    @APIResponse(responseCode = "200", description = "The rules now in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.RulesView.class),
                    examples = @ExampleObject(name = "rules", value = OwnershipExamples.RULES)))
    @APIResponse(responseCode = "400", description = "Invalid rules; each field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown team", value = OwnershipExamples.INVALID_RULES)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "agent", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = OwnershipExamples.BRAND_NOT_FOUND)))
    @Transactional
    public TeamViews.RulesView replace(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @NotNull TeamViews.RulesView request) {
        TeamViews.RulesView now = new TeamViews.RulesView(assignments.replaceRules(brand, request).stream()
                .map(Assignments::view).toList());
        // the setup's trail (GET /api/v1/brands/{brand}/setup-changes): the whole ordered list as it now is
        changes.record(brand, "assignment-rules", brand, "changed", access.userName(),
                java.util.Map.of("rules", now.rules()));
        return now;
    }

    @GET
    @Path("/assignment-gaps")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Recent rule gaps", description = "New conversations no rule could place, newest first: "
            + "`no-rule-matched`, `nobody-on-duty` (a rule matched but its team or person was off duty) or "
            + "`no-teams` (the brand has no team). Each went to the brand's default team (an on-duty member of "
            + "it, else the team as a whole). Also counted in the metric parley_inbox_assignment_gaps_total "
            + "{brand, reason}. A page at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of gaps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.GapsView.class),
                    examples = @ExampleObject(name = "gaps", value = OwnershipExamples.GAPS)))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad limit", value = OwnershipExamples.INVALID_LIMIT)}))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = OwnershipExamples.BRAND_NOT_FOUND)))
    public Page<TeamViews.GapView> gaps(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return assignments.gaps(brand, cursor, QueryParams.limit(limit, pages)).map(g -> new TeamViews.GapView(
                g.conversationId, g.reason, g.ruleName, g.fallbackTeam, g.assignee, g.at));
    }
}
