package io.parley.inbox.complaints;

import io.parley.inbox.api.Examples;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A conversation's place in the complaint library: its settled case, and the past cases like it. */
@Path("/api/v1/conversations/{conversationId}/complaint-case")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaint library", description = "Every settled complaint and how it was settled; search and "
        + "similar past cases in English, Polish, Greek and Russian")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class ConversationComplaintsResource {

    @Inject
    ComplaintLibrary library;

    @Inject
    BrandAccess access;

    @Schema(name = "ComplaintResolution")
    public record ResolutionRequest(
            @NotBlank @Size(max = 100) @Schema(description = "what kind of problem (the brand's own words)",
                    example = "delivery", required = true) String category,
            @NotBlank @Size(max = 4000) @Schema(description = "what went wrong", required = true,
                    example = "Paczka nie dotarła w terminie; kurier zgubił przesyłkę.") String problem,
            @NotBlank @Size(max = 4000) @Schema(description = "how it was settled", required = true,
                    example = "Wysłaliśmy nową paczkę ekspresem i bon 25 EUR.") String settlement,
            @Schema(description = "the compensation offer on this conversation it was settled with")
            UUID compensationOfferId) {
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record how a complaint was settled",
            description = "Adds the conversation's complaint to the brand's library: category, problem, settlement "
                    + "and optionally the compensation offer. The customer's own words are indexed with it (stemmed), "
                    + "so that the next agent finds it. Once per conversation.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = ResolutionRequest.class),
            examples = @ExampleObject(name = "lost parcel", value = ComplaintExamples.RESOLUTION)))
    @APIResponse(responseCode = "201", description = "In the library; Location names it",
            content = @Content(schema = @Schema(implementation = ComplaintViews.Case.class),
                    examples = @ExampleObject(name = "case", value = ComplaintExamples.CASE)))
    @APIResponse(responseCode = "400", description = "A blank or too long category, problem or settlement",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "The conversation's complaint is already in the library",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "twice", value = ComplaintExamples.ALREADY_RECORDED)))
    @APIResponse(responseCode = "422", description = "compensationOfferId is not an offer on this conversation",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resolve(@PathParam("conversationId") UUID conversationId,
            @Valid @NotNull ResolutionRequest request) {
        ComplaintCase k = library.resolve(conversationId, access.brands(), access.userName(),
                new ComplaintLibrary.Resolution(request.category(), request.problem(), request.settlement(),
                        request.compensationOfferId()));
        return Response.created(UriBuilder.fromPath("/api/v1/brands/{brand}/complaints/{id}").build(k.brand, k.id))
                .entity(ComplaintViews.of(k)).build();
    }

    @GET
        @Operation(summary = "The conversation's settled complaint", description = "How the complaint was "
                + "settled, by whom and when; 404 while it is not settled.")
    @APIResponse(responseCode = "200", description = "The case",
            content = @Content(schema = @Schema(implementation = ComplaintViews.Case.class),
                    examples = @ExampleObject(name = "case", value = ComplaintExamples.CASE)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation, or nothing recorded for it yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public ComplaintViews.Case ofConversation(@PathParam("conversationId") UUID conversationId) {
        return library.ofConversation(conversationId, access.brands()).map(ComplaintViews::of)
                .orElseThrow(() -> ProblemException.notFound("conversation " + conversationId
                        + " has no settled complaint in the library"));
    }

    static int limit(int limit) {
        if (limit < 1 || limit > ComplaintsResource.MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be between 1 and " + ComplaintsResource.MAX_LIMIT
                    + ", was " + limit);
        }
        return limit;
    }
}
