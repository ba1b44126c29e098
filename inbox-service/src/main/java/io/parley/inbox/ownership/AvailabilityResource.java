package io.parley.inbox.ownership;

import io.parley.platform.problem.Problem;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** The caller's own availability: whether they take new conversations now (issue 16, item 4). */
@Path("/api/v1/me/availability")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teams", description = "Teams, members and weekly on-duty schedules; the brand's default team")
public class AvailabilityResource {

    @Inject
    Availabilities availability;

    @Inject
    BrandAccess access;

    @Schema(name = "AvailabilityRequest", description = "What the caller sets themselves to")
    public record AvailabilityRequest(
            @Schema(description = "available, away or offline", example = "away", required = true) String state) {
    }

    @Schema(name = "Availability", description = "Whether a person takes new conversations now, and since when")
    public record AvailabilityView(@Schema(example = "agent1") String user,
            @Schema(description = "available, away or offline", example = "away") String state,
            @Schema(description = "since when; null for someone who never set a state (available)") Instant since) {

        static AvailabilityView of(Availabilities.State s) {
            return new AvailabilityView(s.user(), s.state(), s.since());
        }
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "My availability", description = "Whether the caller takes new conversations: available "
            + "(also for someone who never set a state), away or offline, and since when.")
    @APIResponse(responseCode = "200", description = "The caller's availability",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AvailabilityView.class),
                    examples = @ExampleObject(name = "away", value = OwnershipExamples.AVAILABILITY)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    public AvailabilityView get() {
        return AvailabilityView.of(availability.of(access.userName()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Set my availability", description = "available: new conversations may be routed to the "
            + "caller (by the assignment rules, to members on duty); away or offline: none are, in any brand — the "
            + "router passes over the caller to the next available member on duty, or the conversation stays with the "
            + "team. Away or offline longer than a team's `awayLimitMinutes`, the caller's open conversations of that "
            + "team go back to its queue (unassigned; recorded in the assignment history and the audit trail, "
            + "announced as ConversationAssigned with reason `away-limit`). Setting the same state again keeps its "
            + "`since`.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = AvailabilityRequest.class),
            examples = @ExampleObject(name = "away", value = OwnershipExamples.AVAILABILITY_REQUEST)))
    @APIResponse(responseCode = "200", description = "The caller's availability now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AvailabilityView.class),
                    examples = @ExampleObject(name = "away", value = OwnershipExamples.AVAILABILITY)))
    @APIResponse(responseCode = "400", description = "A state other than available, away or offline (named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown state", value = OwnershipExamples.INVALID_AVAILABILITY)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    public AvailabilityView put(@NotNull AvailabilityRequest request) {
        return AvailabilityView.of(availability.set(access.userName(), request.state()));
    }
}
