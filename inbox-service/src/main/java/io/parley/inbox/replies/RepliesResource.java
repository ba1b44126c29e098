package io.parley.inbox.replies;

import io.parley.inbox.api.Examples;
import io.parley.inbox.conversations.Conversation;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.idempotency.Idempotency;
import io.parley.platform.problem.BlockedByStandards;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Public replies to a conversation. */
@Path("/api/v1/conversations/{conversationId}/replies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Replies", description = "Public replies, published on the platform by the channel gateway")
public class RepliesResource {

    @Inject
    ReplyService replies;

    @Inject
    BrandAccess access;

    @Inject
    ReplyCheck checks;

    @Inject
    Conversations conversations;

    @Inject
    io.quarkus.security.identity.SecurityIdentity identity;

    @Inject
    Idempotency idempotency;

    /** The longest reply any of the channels accepts in one piece. */
    static final int MAX_TEXT = 8000;

    /** What an agent writes. */
    @Schema(name = "ReplyRequest")
    public record ReplyRequest(
            @NotBlank @Size(max = MAX_TEXT)
            @Schema(description = "the public reply, 1 to 8000 characters, not blank; published exactly as written",
                    example = "Sprawdzamy to, dziękujemy za cierpliwość!", minLength = 1, maxLength = MAX_TEXT)
            String text,
            @Size(max = 1000)
            @Schema(description = "only for approvers: send the reply although the brand's standards block it, and "
                    + "why (recorded in the audit trail); 1 to 1000 characters", maxLength = 1000,
                    example = "Legal approved this wording for the recall")
            String overrideReason) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Reply in public",
            description = "Checks the text against the brand's standards first (standards-service's checks engine, "
                    + "kind reply, the conversation's channel, the caller's token): blocking findings stop it (422 "
                    + "with the findings) unless an approver gives an overrideReason (recorded in the audit trail); "
                    + "warnings — e.g. moving the conversation to private with an e-mail address or \"DM us\" — "
                    + "are returned with the created reply. When standards-service cannot answer, nothing is sent "
                    + "(503). Then stores the reply and, in the same transaction, asks the channel gateway to "
                    + "publish it under the customer's latest interaction (OutboundActionRequested on "
                    + "parley.outbound.v1). The conversation becomes answered when the platform confirms the "
                    + "delivery. With an Idempotency-Key, a retry replays the first answer (200, header "
                    + "Idempotent-Replayed: true) and neither checks nor sends again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReplyRequest.class),
            examples = @ExampleObject(name = "reply", value = Examples.REPLY_REQUEST)))
    @APIResponse(responseCode = "201", description = "The reply is on its way; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplyViews.ReplyView.class),
                    examples = @ExampleObject(name = "sending", value = Examples.REPLY_SENDING)))
    @APIResponse(responseCode = "200", description = "A retry with an Idempotency-Key seen before (header "
            + "Idempotent-Replayed: true): the first answer's body, nothing sent again",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplyViews.ReplyView.class)))
    @APIResponse(responseCode = "400", description = "Missing, blank or too long text, or a bad Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "blank", value = Examples.INVALID_REPLY)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin; an overrideReason from "
            + "someone who is not an approver",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Another agent is answering (their mark from POST "
            + ".../answering holds), or a reply to the conversation is still on its way (also the caller's own: two "
            + "sends at once make one reply); the detail names who",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "collision", value = Examples.ALREADY_ANSWERING)))
    @APIResponse(responseCode = "422", description = "The brand's standards block the text, nothing was sent; or "
            + "an Idempotency-Key used before for another request (errors name Idempotency-Key)",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = BlockedByStandards.Body.class),
                    examples = @ExampleObject(name = "blocked", value = Examples.REPLY_BLOCKED)))
    @APIResponse(responseCode = "503", description = "standards-service could not check the text; nothing was sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unavailable", value = Examples.STANDARDS_UNAVAILABLE)))
    public Response reply(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = Idempotency.DESCRIPTION, example = "3f8e2c1a-reply-1")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ReplyRequest request, @Context UriInfo uri) {
        return idempotency.once(access.userName(), "POST " + uri.getPath(), idempotencyKey, request,
                () -> send(conversationId, request, uri));
    }

    private Response send(UUID conversationId, ReplyRequest request, UriInfo uri) {
        String override = request.overrideReason();
        if (override != null && override.isBlank()) {
            throw ProblemException.invalid("overrideReason", "must not be blank when given");
        }
        if (override != null && !identity.hasRole(Roles.APPROVER)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only an approver may override the brand's standards");
        }
        Conversation conversation = conversations.get(conversationId, access.brands());
        // Read for the check only: with an Idempotency-Key all of this is one transaction, and the reply locks the
        // conversation afresh (a copy kept from here would be checked against the version read now).
        Conversation.getEntityManager().detach(conversation);
        ReplyCheck.Outcome check = checks.reply(conversation.brand, conversation.platform, request.text());
        if (check.blocks() && override == null) {
            throw check.blocked();
        }
        Reply reply = replies.reply(conversationId, access.brands(), request.text(), access.userName(), check,
                override);
        return Response.created(uri.getAbsolutePathBuilder().path(reply.id.toString()).build())
                .entity(ReplyViews.reply(reply)).build();
    }

    @GET
    @Path("/{replyId}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One reply and where it is on its way", description = "sending, delivered (with the "
            + "platform's id of the published reply) or failed (with the platform's reason)")
    @APIResponse(responseCode = "200", description = "The reply",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ReplyViews.ReplyView.class),
                    examples = @ExampleObject(name = "delivered", value = Examples.REPLY_DELIVERED)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or integrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such reply among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public ReplyViews.ReplyView get(@PathParam("conversationId") UUID conversationId,
            @PathParam("replyId") UUID replyId) {
        return ReplyViews.reply(replies.get(conversationId, replyId, access.brands()));
    }
}
