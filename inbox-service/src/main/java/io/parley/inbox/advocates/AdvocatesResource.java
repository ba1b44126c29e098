package io.parley.inbox.advocates;

import io.parley.contracts.Platform;
import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.inbox.idempotency.Idempotency;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
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


/** A brand's advocates and the recommendation requests sent to them. */
@Path("/api/v1/brands/{brand}/advocates")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Advocates", description = "Authors with repeated positive interactions, and asking them for a "
        + "recommendation")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class AdvocatesResource {

    @Inject
    PageLimits pages;

    static final String ADVOCATE = """
            {"platform":"facebook","authorId":"55501234","authorName":"Анна Смирнова","positiveConversations":4,
             "positiveInteractions":6,"lastPositiveAt":"2026-11-22T18:03:00Z","advocate":true,"lastAskedAt":null,
             "mayAskAgainAt":null}""";
    static final String REQUEST = """
            {"id":"e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b","platform":"x","authorId":"987654321","authorName":"Olivia Brown",
             "text":"Thank you for all the kind words! Would you recommend us to a friend?","channel":"direct_message",
             "actionId":"f2a3b4c5-d6e7-4f8a-9b0c-1d2e3f4a5b6c","conversationId":"6f1c2d9e-58a4-3b7e-9a51-2c7f0e8d4b13",
             "requestedBy":"agent1","requestedAt":"2026-11-23T09:30:00Z"}""";

    @Inject
    Advocates advocates;

    @Inject
    BrandAccess access;

    @Inject
    Idempotency idempotency;

    @Schema(name = "RecommendationAsk")
    public record AskRequest(@NotBlank @Size(max = 2000) @Schema(description = "the message to the advocate",
            required = true, example = "Thank you for all the kind words! Would you recommend us to a friend?")
            String text) {
    }

    @GET
    @Operation(summary = "The brand's advocates",
            description = "Authors with a praise (moment of truth) or a positive interaction (sentiment) in at least "
                    + "parley.inbox.advocates.min-positive-conversations conversations (default 3), the most first, "
                    + "with their last positive interaction and when they were last asked; a page at a time (`limit`, "
                    + "and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of advocates", content = @Content(
            schema = @Schema(implementation = AdvocateViews.Page.class),
            examples = @ExampleObject(name = "one", value = "{\"threshold\":3,\"items\":[" + ADVOCATE
                    + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "An Idempotency-Key used before for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin; an agent held for reply "
            + "approvals asking by direct message", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's, or an author with no positive interaction", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public AdvocateViews.Page list(@PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        Page<AdvocateViews.Advocate> page = advocates.list(brand, cursor, QueryParams.limit(limit, pages));
        return new AdvocateViews.Page(advocates.threshold(), page.items(), page.nextCursor());
    }

    @GET
    @Path("/{platform}/{authorId}")
    @Operation(summary = "Is this author an advocate?", description = "Their positive figures and the mark.")
    @APIResponse(responseCode = "200", description = "The author", content = @Content(
            schema = @Schema(implementation = AdvocateViews.Advocate.class),
            examples = @ExampleObject(name = "advocate", value = ADVOCATE)))
    @APIResponse(responseCode = "400", description = "An unknown platform", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's, or an author with no positive interaction", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public AdvocateViews.Advocate one(@PathParam("brand") String brand, @PathParam("platform") String platform,
            @PathParam("authorId") String authorId) {
        return advocates.one(brand, platform(platform), authorId);
    }

    @POST
    @Path("/{platform}/{authorId}/recommendation-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask an advocate for a recommendation",
            description = "On Instagram, X, VK and Telegram a direct message goes out through the channel gateway "
                    + "(OutboundActionRequested on parley.outbound.v1 with the author as recipient); elsewhere the "
                    + "request is recorded as a task for a person. Never twice within "
                    + "parley.inbox.advocates.ask-again-after (default 90 days): 409 says from when. An agent held "
                    + "for reply approvals (by the team owning the author's latest conversation, or the brand) "
                    + "cannot send the direct message (403). With an Idempotency-Key, a retry replays the first "
                    + "answer and sends nothing again.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = AskRequest.class)))
    @APIResponse(responseCode = "201", description = "Recorded (and sent, for a direct message)", content = @Content(
            schema = @Schema(implementation = AdvocateViews.Request.class),
            examples = @ExampleObject(name = "direct message", value = REQUEST)))
    @APIResponse(responseCode = "200", description = "A retry with an Idempotency-Key seen before (header "
            + "Idempotent-Replayed: true): the first answer's body, nothing sent again", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdvocateViews.Request.class)))
    @APIResponse(responseCode = "400", description = "A blank or too long text, an unknown platform, a bad "
            + "Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's, or an author with no positive interaction", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Not an advocate (yet), or asked within the period", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ask(@PathParam("brand") String brand, @PathParam("platform") String platform,
            @PathParam("authorId") String authorId,
            @Parameter(description = Idempotency.DESCRIPTION, example = "3f8e2c1a-ask-1")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull AskRequest request, @Context UriInfo uri) {
        Platform network = platform(platform);
        return idempotency.once(access.userName(), "POST " + uri.getPath(), idempotencyKey, request, () -> {
            AdvocateRequest r = advocates.ask(brand, network, authorId, request.text(), access.userName());
            return Response.status(Response.Status.CREATED).entity(AdvocateViews.of(r)).build();
        });
    }

    @GET
    @Path("/{platform}/{authorId}/recommendation-requests")
    @Operation(summary = "The recommendation requests sent to an author", description = "Newest first, a page at "
            + "a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of requests", content = @Content(schema = @Schema(
            implementation = AdvocateViews.RequestPage.class),
            examples = @ExampleObject(name = "one", value = "{\"items\":[" + REQUEST + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "An unknown platform, a limit out of range or a cursor this "
            + "listing did not hand out (the problem names the parameter)", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's, or an author with no positive interaction", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<AdvocateViews.Request> requests(@PathParam("brand") String brand,
            @PathParam("platform") String platform, @PathParam("authorId") String authorId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        return advocates.requests(brand, platform(platform), authorId, cursor, size).map(AdvocateViews::of);
    }

    private static Platform platform(String id) {
        return QueryParams.platform("platform", id).orElseThrow();
    }
}
