package io.parley.inbox.priority;

import io.parley.inbox.api.Examples;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.UUID;

/** A conversation's priority: set by the inbox from its signals, or by a person. */
@Path("/api/v1/conversations/{conversationId}/priority")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Priority", description = "How pressing a conversation is, which picks its response target and due "
        + "time: raised by the inbox from signals (complaint + negative: high; praise: low; in an incident: "
        + "urgent), or set by hand")
public class PriorityResource {

    static final String VIEW = """
            {"conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13","priority":"urgent","automatic":"high",
             "setBy":"manager1","setAt":"2026-11-23T09:05:00Z","dueAt":"2026-11-23T09:15:00Z",
             "warnAt":"2026-11-23T09:11:15Z"}""";
    static final String REQUEST = """
            {"priority":"urgent","reason":"Η πελάτισσα είναι δημοσιογράφος — odpowiadamy od razu"}""";
    static final String INVALID = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"priority: must be one of low, normal, high, urgent, was 'critical'",
             "instance":"/api/v1/conversations/6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13/priority",
             "errors":[{"field":"priority","message":"must be one of low, normal, high, urgent, was 'critical'"}]}""";

    @Schema(name = "PriorityView", description = "A conversation's priority and the due time it gives")
    public record PriorityView(UUID conversationId,
            @Schema(description = "low, normal, high or urgent", example = "urgent") String priority,
            @Schema(description = "what the signals alone call for now", example = "high") String automatic,
            @Schema(description = "who set it by hand; null while the inbox sets it") String setBy,
            Instant setAt,
            @Schema(description = "the due time at this priority") Instant dueAt,
            @Schema(description = "the 75 % warning moment at this priority") Instant warnAt) {

        static PriorityView of(Conversation c) {
            return new PriorityView(c.id, c.priority, PriorityPolicy.automatic(c.moment, c.sentiment,
                    c.incidentId != null), c.prioritySetBy, c.prioritySetAt, c.dueAt, c.warnAt);
        }
    }

    @Schema(name = "PriorityRequest", description = "A priority set by hand")
    public record PriorityRequest(
            @Schema(description = "low, normal, high or urgent", required = true, example = "urgent") String priority,
            @Schema(description = "why, for the audit trail", example = "the customer is a journalist") String reason) {
    }

    @Inject
    Priorities priorities;

    @Inject
    Conversations conversations;

    @Inject
    BrandAccess access;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The conversation's priority", description = "The priority in force, what the signals "
            + "alone would call for, who set it by hand (if anyone), and the due time it gives.")
    @APIResponse(responseCode = "200", description = "The priority", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriorityView.class),
            examples = @ExampleObject(name = "set by hand", value = VIEW)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public PriorityView get(@Parameter(description = "the conversation") @PathParam("conversationId") UUID id) {
        return PriorityView.of(conversations.get(id, access.brands()));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Set the priority by hand", description = "Sets low, normal, high or urgent with an "
            + "optional reason; the response clock keeps its start and takes the catalogue's target for the new "
            + "priority (channel × moment of truth × priority), so the due time moves and the queue re-orders. "
            + "From then on the inbox leaves the priority as set until it is handed back (DELETE). Recorded in the "
            + "audit trail as priority_changed with who, from, to and why.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PriorityRequest.class),
            examples = @ExampleObject(name = "urgent", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "The priority now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriorityView.class),
            examples = @ExampleObject(name = "set by hand", value = VIEW)))
    @APIResponse(responseCode = "400", description = "Not one of low, normal, high, urgent, or no body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown level", value = INVALID)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public PriorityView set(@Parameter(description = "the conversation") @PathParam("conversationId") UUID id,
            @NotNull PriorityRequest request) {
        return PriorityView.of(priorities.set(id, access.brands(), request.priority(), request.reason(),
                access.userName()));
    }

    @DELETE
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Hand the priority back to the inbox", description = "The priority becomes what the "
            + "signals call for now (it may go down as well as up) and the inbox raises it again as new messages "
            + "arrive. Recorded in the audit trail when it changes.")
    @APIResponse(responseCode = "200", description = "The priority now", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriorityView.class),
            examples = @ExampleObject(name = "automatic", value = VIEW)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public PriorityView automatic(@Parameter(description = "the conversation") @PathParam("conversationId") UUID id) {
        return PriorityView.of(priorities.automatic(id, access.brands(), access.userName()));
    }
}
