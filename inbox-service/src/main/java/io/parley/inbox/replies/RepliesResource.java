package io.parley.inbox.replies;

import io.parley.inbox.conversations.ConversationViews;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;
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

    /** What an agent writes. */
    @Schema(name = "ReplyRequest")
    public record ReplyRequest(
            @NotNull @NotBlank @Size(max = 8000)
            @Schema(description = "the public reply, 1 to 8000 characters", example = "Thank you! We are on it.")
            String text) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Reply in public",
            description = "Stores the reply and asks the channel gateway to publish it under the customer's latest "
                    + "interaction. The conversation becomes answered when the platform confirms.")
    @APIResponse(responseCode = "201", description = "The reply is on its way")
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same Idempotency-Key")
    @APIResponse(responseCode = "400", description = "Missing, blank or too long text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "blank", value = """
                            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
                             "detail":"text must not be blank","errors":[{"field":"text","message":"must not be blank"}]}""")))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another agent's reply is still on its way",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reply(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = "makes retries safe: the same key returns the first reply")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ReplyRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw ProblemException.invalid("Idempotency-Key", "must be 1 to 200 characters");
        }
        ReplyService.Sent sent = replies.reply(conversationId, access.brands(), request.text(), access.userName(),
                Optional.ofNullable(idempotencyKey));
        ConversationViews.ReplyView view = ConversationViews.reply(sent.reply());
        return sent.created()
                ? Response.created(uri.getAbsolutePathBuilder().path(sent.reply().id.toString()).build()).entity(view)
                        .build()
                : Response.ok(view).build();
    }

    @GET
    @Path("/{replyId}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One reply and where it is on its way")
    @APIResponse(responseCode = "200", description = "The reply")
    @APIResponse(responseCode = "404", description = "No such reply among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ConversationViews.ReplyView get(@PathParam("conversationId") UUID conversationId,
            @PathParam("replyId") UUID replyId) {
        return ConversationViews.reply(replies.get(conversationId, replyId, access.brands()));
    }
}
