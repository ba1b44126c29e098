package io.parley.inbox.moderation;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.inbox.idempotency.Idempotency;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Hide, unhide or delete what a customer wrote, and the brand's auto-hide rule. */
@Path("/api/v1/conversations/{conversationId}/moderation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation", description = "Hide or delete with a reason, undo where the platform allows")
public class ModerationResource {

    @Inject
    PageLimits pages;

    @Inject
    ModerationService moderation;

    @Inject
    BrandAccess access;

    @Inject
    Idempotency idempotency;

    @Schema(name = "ModerationRequest")
    public record ModerationRequest(
            @NotNull @Schema(required = true, description = "the interaction of the conversation to act on")
            UUID interactionId,
            @NotNull @Schema(required = true, enumeration = {"hide", "unhide", "delete"}, example = "hide")
            String action,
            @Schema(enumeration = {"abusive", "spam", "below_the_belt", "legal"}, description = "required for hide "
                    + "and delete", example = "abusive") String reason) {
    }

    @Schema(name = "Moderation", description = "A moderation of an interaction and how it went")
    public record ModerationView(UUID actionId, UUID interactionId, String action, String reason,
            String requestedBy, Instant requestedAt,
            @Schema(description = "sending, done or failed") String status, String failureReason,
            Instant completedAt) {
        static ModerationView of(ModerationAction m) {
            return new ModerationView(m.actionId, m.interactionId, m.action, m.reason, m.requestedBy, m.requestedAt,
                    m.status, m.failureReason, m.completedAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Hide, unhide or delete an interaction on its platform",
            description = "Asks the channel gateway to act (OutboundActionRequested: hide, unhide or delete on "
                    + "parley.outbound.v1) and records who asked, why and when (audit trail). hide and delete need a "
                    + "reason: abusive, spam, below_the_belt or legal. unhide undoes a hide. Facebook, Instagram, X and "
                    + "YouTube can hide; elsewhere only delete (422). The interaction's state changes when the "
                    + "platform confirms. With an Idempotency-Key, a retry replays the first answer and asks the "
                    + "platform nothing again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ModerationRequest.class),
            examples = @ExampleObject(name = "hide", value = Examples.MODERATION_REQUEST)))
    @APIResponse(responseCode = "202", description = "On its way to the platform", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModerationView.class)))
    @APIResponse(responseCode = "200", description = "A retry with an Idempotency-Key seen before (header "
            + "Idempotent-Replayed: true): the first answer's body, nothing sent again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ModerationView.class)))
    @APIResponse(responseCode = "400", description = "Unknown action or reason, missing reason, a bad "
            + "Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such conversation or interaction of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already hidden, not hidden (unhide), deleted, or another "
            + "moderation of it is on its way",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The platform cannot hide; an Idempotency-Key used before "
            + "for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response moderate(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = Idempotency.DESCRIPTION, example = "3f8e2c1a-hide-1")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull ModerationRequest request, @Context UriInfo uri) {
        return idempotency.once(access.userName(), "POST " + uri.getPath(), idempotencyKey, request,
                () -> moderate(conversationId, request));
    }

    private Response moderate(UUID conversationId, ModerationRequest request) {
        UUID interactionId = request.interactionId();
        if (!List.of("hide", "unhide", "delete").contains(request.action())) {
            throw ProblemException.invalid("action", "'" + request.action() + "' is not hide, unhide or delete");
        }
        if (!request.action().equals("unhide")) {
            if (request.reason() == null) {
                throw ProblemException.invalid("reason", "is required to " + request.action() + ": one of "
                        + String.join(", ", ModerationService.REASONS));
            }
            if (!ModerationService.REASONS.contains(request.reason())) {
                throw ProblemException.invalid("reason", "'" + request.reason() + "' is not one of "
                        + String.join(", ", ModerationService.REASONS));
            }
        }
        ModerationAction m = moderation.request(conversationId, interactionId, access.brands(), request.action(),
                request.reason(), access.userName());
        return Response.accepted(ModerationView.of(m)).build();
    }


    // The page's documented shape (platform rest.Page with these items); the endpoint answers Page<ModerationView> itself.
    @Schema(name = "PageModeration", description = "A page of a conversation's moderations, oldest first; pass nextCursor as cursor for the next")
    public record PageModerationDoc(@Schema(required = true) java.util.List<ModerationView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The moderations of a conversation", description = "Oldest first, with their outcome; a "
            + "page at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of moderations", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageModerationDoc.class)))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<ModerationView> list(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return moderation.page(conversationId, access.brands(), cursor, QueryParams.limit(limit, pages))
                .map(ModerationView::of);
    }

}
