package io.parley.inbox.ownership;

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
import jakarta.ws.rs.POST;
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

import java.util.UUID;

/** A conversation's owner, clock and who is answering it. */
@Path("/api/v1/conversations/{conversationId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignment", description = "Who owns new conversations: ordered rules, rule gaps, reassignment")
public class ConversationOwnershipResource {

    @Inject
    Assignments assignments;

    @Inject
    Answering answering;

    @Inject
    Conversations conversations;

    @Inject
    BrandAccess access;

    @GET
    @Path("/ownership")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Owner, clock and who is answering", description = "The owning team and person, the "
            + "response clock (start, target, 75 % warning moment, due time, when the warning and breach fired), "
            + "who is answering right now (a lapsed mark shows as nobody), and every (re)assignment with who "
            + "and when.")
    @APIResponse(responseCode = "200", description = "The conversation's ownership",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.OwnershipView.class),
                    examples = @ExampleObject(name = "ownership", value = OwnershipExamples.OWNERSHIP)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OwnershipExamples.CONVERSATION_NOT_FOUND)))
    public TeamViews.OwnershipView ownership(@Parameter(description = "the conversation")
            @PathParam("conversationId") UUID conversationId) {
        return view(conversations.get(conversationId, access.brands()));
    }

    @PUT
    @Path("/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Assign the conversation", description = "To a team (the team as a whole owns it), a "
            + "person (a member of the given team, else of the current team, else of any team of the brand, which "
            + "then owns it), or both. Recorded with who and when, and announced as ConversationAssigned on "
            + "parley.inbox.v1. Assigning it to whom it already belongs changes nothing.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = TeamViews.AssignmentRequest.class),
            examples = @ExampleObject(name = "to a person", value = OwnershipExamples.ASSIGNMENT_REQUEST)))
    @APIResponse(responseCode = "200", description = "The conversation's ownership now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.OwnershipView.class),
                    examples = @ExampleObject(name = "ownership", value = OwnershipExamples.OWNERSHIP)))
    @APIResponse(responseCode = "400", description = "Neither team nor assignee, an unknown team, or a person who "
            + "is not a member",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a member", value = OwnershipExamples.INVALID_ASSIGNMENT)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OwnershipExamples.CONVERSATION_NOT_FOUND)))
    public TeamViews.OwnershipView assign(@Parameter(description = "the conversation")
            @PathParam("conversationId") UUID conversationId, @NotNull TeamViews.AssignmentRequest request) {
        assignments.assign(conversationId, access.brands(), request, access.userName());
        return view(conversations.get(conversationId, access.brands()));
    }

    @POST
    @Path("/answering")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Start (or keep) answering", description = "Marks the caller as answering the "
            + "conversation for parley.inbox.answering-for (3 minutes); calling again renews it. While the mark "
            + "holds, other agents can neither start answering nor send a reply (409 naming the caller). The mark "
            + "ends when the caller's reply is sent, when they let go (DELETE), or when it lapses.")
    @APIResponse(responseCode = "200", description = "The caller is answering",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TeamViews.AnsweringView.class),
                    examples = @ExampleObject(name = "answering", value = OwnershipExamples.ANSWERING)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OwnershipExamples.CONVERSATION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another agent is answering; the detail names them",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "collision", value = OwnershipExamples.SOMEONE_ANSWERING)))
    public TeamViews.AnsweringView startAnswering(@Parameter(description = "the conversation")
            @PathParam("conversationId") UUID conversationId) {
        Conversation c = answering.start(conversationId, access.brands(), access.userName());
        return new TeamViews.AnsweringView(c.id, c.answeringBy, c.answeringSince, answering.until(c));
    }

    @DELETE
    @Path("/answering")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Stop answering", description = "Lets go of the caller's mark; nothing happens when "
            + "nobody is answering. Another agent's mark cannot be removed (409) — it lapses by itself.")
    @APIResponse(responseCode = "204", description = "Nobody is answering now")
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = OwnershipExamples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = OwnershipExamples.CONVERSATION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another agent is answering",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "collision", value = OwnershipExamples.SOMEONE_ANSWERING)))
    public void stopAnswering(@Parameter(description = "the conversation")
            @PathParam("conversationId") UUID conversationId) {
        answering.stop(conversationId, access.brands(), access.userName());
    }

    private TeamViews.OwnershipView view(Conversation c) {
        String by = answering.answeringNow(c);
        return new TeamViews.OwnershipView(c.id, c.brand, c.team, c.assignee, c.clockStartedAt, c.targetMinutes,
                c.warnAt, c.dueAt, c.warnedAt, c.breachedAt, by, by == null ? null : c.answeringSince,
                by == null ? null : answering.until(c),
                assignments.history(c.id).stream().map(AssignmentRecord::view).toList());
    }
}
