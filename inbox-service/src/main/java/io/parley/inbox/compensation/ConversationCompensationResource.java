package io.parley.inbox.compensation;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.math.BigDecimal;
import java.util.UUID;

/** Compensation offered on one conversation. */
@Path("/api/v1/conversations/{conversationId}/compensation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation")
public class ConversationCompensationResource {

    @Inject
    PageLimits pages;

    @Inject
    CompensationService compensation;

    @Inject
    BrandAccess access;

    @Inject
    SecurityIdentity identity;

    @Schema(name = "CompensationOfferRequest")
    public record OfferRequest(
            @Schema(description = "voucher, refund or gift", example = "voucher", required = true) String kind,
            @Schema(description = "an integer of the currency's minor units, more than 0 (2500 = 25.00 EUR)",
                    example = "2500", required = true, type = SchemaType.INTEGER, format = "int64")
            BigDecimal amountMinor,
            @Schema(description = "ISO 4217 code, upper case", example = "EUR", required = true) String currency,
            @Schema(description = "what it is for (up to 2000 characters)",
                    example = "Przepraszamy za opóźnienie przesyłki") String note,
            @Schema(description = "the public reply the agent drafted to carry the offer (up to 2000 characters): "
                    + "the approver reads it beside the thread; it is not sent by this request",
                    example = "Bardzo przepraszamy! Zwracamy całą kwotę — pieniądze wrócą na kartę w 3 dni.")
            String reply) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Offer compensation to the customer",
            description = "Within the caller's own limit for the currency the offer is made at once (status "
                    + "offered, CompensationOffered on parley.inbox.v1). Above it, it waits for one of the brand's "
                    + "approvers (status pending_approval, approvalDueAt set, CompensationApprovalRequested).")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = OfferRequest.class),
            examples = @ExampleObject(name = "voucher", value = CompensationExamples.OFFER_REQUEST)))
    @APIResponse(responseCode = "201", description = "Offered, or waiting for an approver; Location names it",
            content = @Content(schema = @Schema(implementation = CompensationViews.Offer.class), examples = {
                    @ExampleObject(name = "within the limit", value = CompensationExamples.OFFERED),
                    @ExampleObject(name = "above the limit", value = CompensationExamples.PENDING)}))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a missing body", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "Unknown kind; a missing, zero, negative or too large amount; "
            + "a currency that is not ISO 4217", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad money", value = CompensationExamples.INVALID_MONEY)))
    public Response offer(@PathParam("conversationId") UUID conversationId, @NotNull OfferRequest request) {
        CompensationOffer o = compensation.offer(conversationId, access.brands(), access.userName(),
                identity.getRoles(), new CompensationService.OfferRequest(request.kind(), request.amountMinor(),
                        request.currency(), request.note(), request.reply()));
        return Response.created(UriBuilder.fromPath("/api/v1/brands/{brand}/compensation/offers/{id}")
                .build(o.brand, o.id)).entity(view(o)).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Compensation offered on a conversation", description = "Oldest first, every status; a "
            + "page at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of offers", content = @Content(schema = @Schema(
            implementation = CompensationViews.OfferPage.class),
            examples = @ExampleObject(name = "one", value = "{\"items\":[" + CompensationExamples.OFFERED
                    + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, approver, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public Page<CompensationViews.Offer> list(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return compensation.ofConversation(conversationId, access.brands(), cursor, QueryParams.limit(limit, pages))
                .map(this::view);
    }

    private CompensationViews.Offer view(CompensationOffer o) {
        return compensation.view(o);
    }
}
