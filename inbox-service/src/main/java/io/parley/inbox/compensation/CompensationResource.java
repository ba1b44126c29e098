package io.parley.inbox.compensation;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A brand's compensation: limits, approvals and the ledger. */
@Path("/api/v1/brands/{brand}/compensation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Compensation", description = "Vouchers, refunds and gifts: limits per role and person, approvals above "
        + "them, the brand's ledger")
public class CompensationResource {

    @Inject
    PageLimits pages;

    /** The longest ledger window: a year, as the analytics figures. */
    static final Duration MAX_LEDGER_WINDOW = Duration.ofDays(366);

    @Inject
    CompensationService compensation;

    @Inject
    BrandAccess access;

    @Inject
    Clock clock;

    @Schema(name = "CompensationLimitsRequest")
    public record LimitsRequest(
            @NotNull @Size(max = 200) @Schema(description = "the brand's whole table of limits; replaces the "
                    + "current one") List<CompensationViews.Limit> limits) {
    }

    @Schema(name = "CompensationDecisionRequest")
    public record DecisionRequest(
            @Size(max = 2000) @Schema(description = "why; shown in the ledger", example = "Lost parcel: refund in full.")
            String comment) {
    }

    @GET
    @Path("/limits")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.APPROVER})
    @Operation(summary = "The brand's compensation limits",
            description = "Per role (agent, manager, admin) and optionally per person, per currency, in minor units. "
                    + "An agent's own limit is their personal one when set, else the highest of their roles'; with "
                    + "none in a currency it is 0 and every offer in it needs an approver.")
    @APIResponse(responseCode = "200", description = "The limits",
            content = @Content(schema = @Schema(implementation = CompensationViews.Limits.class),
                    examples = @ExampleObject(name = "acme", value = CompensationExamples.LIMITS)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager, admin or approver", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public CompensationViews.Limits limits(@Parameter(description = "the brand", example = "acme")
            @PathParam("brand") String brand) {
        return new CompensationViews.Limits(brand, compensation.limits(brand).stream().map(CompensationViews::limit)
                .toList());
    }

    @PUT
    @Path("/limits")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Replace the brand's compensation limits",
            description = "Managers set what each role, and optionally each person, may offer without an approver. "
                    + "The whole table is replaced at once; every bad row is named in a 422.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LimitsRequest.class),
            examples = @ExampleObject(name = "acme", value = CompensationExamples.LIMITS_REQUEST)))
    @APIResponse(responseCode = "200", description = "The limits now in force",
            content = @Content(schema = @Schema(implementation = CompensationViews.Limits.class),
                    examples = @ExampleObject(name = "acme", value = CompensationExamples.LIMITS)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or no limits array", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "A negative or too large amount, an unknown currency, a row "
            + "with both or neither of role and user, an unknown role, a duplicate", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad money", value = CompensationExamples.INVALID_MONEY)))
    public CompensationViews.Limits replaceLimits(@PathParam("brand") String brand,
            @jakarta.validation.Valid @NotNull LimitsRequest request) {
        return new CompensationViews.Limits(brand, compensation.replaceLimits(brand, request.limits(),
                access.userName()).stream().map(CompensationViews::limit).toList());
    }

    @GET
    @Path("/approvals")
    @RolesAllowed({Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Compensation waiting for an approver",
            description = "Offers above their agent's limit, the soonest due first (approvalDueAt = asked + the "
                    + "approval target, parley.inbox.compensation.approval-target); a page at a time (`limit`, and "
                    + "`cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of pending offers",
            content = @Content(schema = @Schema(implementation = CompensationViews.OfferPage.class),
                    examples = @ExampleObject(name = "one pending", value = "{\"items\":["
                            + CompensationExamples.PENDING + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an approver, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<CompensationViews.Offer> approvals(@PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return compensation.pending(brand, cursor, QueryParams.limit(limit, pages)).map(this::view);
    }

    @GET
    @Path("/offers/{offerId}")
    @RolesAllowed({Roles.AGENT, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "One compensation offer",
            description = "The offer with its amount, state, who proposed and who decided it. 404 when it is not "
            + "an offer of this brand.")
    @APIResponse(responseCode = "200", description = "The offer",
            content = @Content(schema = @Schema(implementation = CompensationViews.Offer.class),
                    examples = @ExampleObject(name = "approved", value = CompensationExamples.APPROVED)))
    @APIResponse(responseCode = "403", description = "Not an agent, approver, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such offer in the caller's brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = CompensationExamples.OFFER_NOT_FOUND)))
    public CompensationViews.Offer offer(@PathParam("brand") String brand, @PathParam("offerId") UUID offerId) {
        return view(compensation.get(brand, offerId));
    }

    @GET
    @Path("/offers/{offerId}/context")
    @RolesAllowed({Roles.AGENT, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "What an approver decides on",
            description = "The request with the conversation's whole thread (the customer's messages exactly as "
                    + "written and the brand's replies with their delivery state), the public reply the agent "
                    + "drafted to carry the offer, how far above the asker's limit it is, and the customer's "
                    + "other conversations and earlier compensation in this brand. Approvers do not read the inbox "
                    + "itself: this is their view of the conversation.")
    @APIResponse(responseCode = "200", description = "The request in its context",
            content = @Content(schema = @Schema(implementation = CompensationViews.ApprovalContext.class),
                    examples = @ExampleObject(name = "pending refund", value = CompensationExamples.CONTEXT)))
    @APIResponse(responseCode = "403", description = "Not an agent, approver, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such offer in the caller's brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = CompensationExamples.OFFER_NOT_FOUND)))
    public CompensationViews.ApprovalContext context(@Parameter(description = "the brand", example = "acme")
            @PathParam("brand") String brand, @PathParam("offerId") UUID offerId) {
        return compensation.context(brand, offerId);
    }

    @POST
    @Path("/offers/{offerId}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Approve compensation above an agent's limit",
            description = "Only the brand's approvers, never the agent who asked. Emits CompensationDecided "
                    + "(approved) and CompensationOffered on parley.inbox.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "approve", value = CompensationExamples.DECISION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(schema = @Schema(implementation = CompensationViews.Offer.class),
                    examples = @ExampleObject(name = "approved", value = CompensationExamples.APPROVED)))
    @APIResponse(responseCode = "403", description = "Not an approver, or the approver's own request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "own request", value = CompensationExamples.OWN_REQUEST)))
    @APIResponse(responseCode = "404", description = "No such offer in the caller's brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = CompensationExamples.OFFER_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already decided, or within the limit (nothing to approve)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "decided", value = CompensationExamples.ALREADY_DECIDED)))
    public CompensationViews.Offer approve(@PathParam("brand") String brand, @PathParam("offerId") UUID offerId,
            @jakarta.validation.Valid DecisionRequest request) {
        return view(compensation.decide(brand, offerId, true, access.userName(), comment(request)));
    }

    @POST
    @Path("/offers/{offerId}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.APPROVER)
    @Operation(summary = "Reject compensation above an agent's limit",
            description = "Only the brand's approvers, never the agent who asked. Emits CompensationDecided "
                    + "(rejected) on parley.inbox.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "reject", value = "{\"comment\":\"A voucher is enough here.\"}")))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(schema = @Schema(implementation = CompensationViews.Offer.class)))
    @APIResponse(responseCode = "403", description = "Not an approver, or the approver's own request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "own request", value = CompensationExamples.OWN_REQUEST)))
    @APIResponse(responseCode = "404", description = "No such offer in the caller's brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "unknown", value = CompensationExamples.OFFER_NOT_FOUND)))
    @APIResponse(responseCode = "409", description = "Already decided, or within the limit (nothing to reject)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "decided", value = CompensationExamples.ALREADY_DECIDED)))
    public CompensationViews.Offer reject(@PathParam("brand") String brand, @PathParam("offerId") UUID offerId,
            @jakarta.validation.Valid DecisionRequest request) {
        return view(compensation.decide(brand, offerId, false, access.userName(), comment(request)));
    }

    @GET
    @Path("/ledger")
    @RolesAllowed({Roles.AGENT, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The brand's compensation ledger",
            description = "Who offered what to whom, and its status, newest first, in [from, to); totals per "
                    + "currency in minor units: granted (offered within a limit, or approved), pending, rejected. The "
                    + "offers a page at a time (`limit`, and `cursor` from the previous page's nextCursor, with the "
                    + "same from, to and status); the totals count the whole window on every page.")
    @APIResponse(responseCode = "200", description = "The ledger",
            content = @Content(schema = @Schema(implementation = CompensationViews.Ledger.class),
                    examples = @ExampleObject(name = "one approved refund", value = CompensationExamples.LEDGER)))
    @APIResponse(responseCode = "400", description = "A bad from, to, status, limit or cursor (the problem names "
            + "the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, approver, manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public CompensationViews.Ledger ledger(@PathParam("brand") String brand,
            @Parameter(description = "from this instant (default: 30 days before to; at most 366 days before to)",
                    example = "2026-10-24T09:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "until this instant, exclusive (default: now)", example = "2026-11-23T09:00:00Z")
            @QueryParam("to") String to,
            @Parameter(description = "only offered, pending_approval, approved or rejected") @QueryParam("status")
            String status,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        Instant end = QueryParams.optionalInstant("to", to).orElse(clock.instant());
        Instant start = QueryParams.optionalInstant("from", from).orElse(end.minus(Duration.ofDays(30)));
        if (!start.isBefore(end)) {
            throw ProblemException.invalid("from", "must be before to");
        }
        if (Duration.between(start, end).compareTo(MAX_LEDGER_WINDOW) > 0) {
            throw ProblemException.invalid("from", "the window from from to to may span at most "
                    + MAX_LEDGER_WINDOW.toDays() + " days");
        }
        return compensation.ledger(brand, start, end, Optional.ofNullable(status).map(CompensationService::statusOf),
                cursor, size);
    }

    private CompensationViews.Offer view(CompensationOffer o) {
        return compensation.view(o);
    }

    private static String comment(DecisionRequest request) {
        return request == null || request.comment() == null || request.comment().isBlank() ? null : request.comment();
    }
}
