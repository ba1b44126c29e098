package io.parley.inbox.notifications;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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

import java.util.List;
import java.util.UUID;

/** A brand's signed outgoing webhooks for integrators (docs/api/webhooks.md). */
@Path("/api/v1/brands/{brand}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class WebhooksResource {

    @Inject
    PageLimits pages;

    @Inject
    Webhooks webhooks;

    @Inject
    BrandAccess access;

    @Schema(name = "WebhookSubscriptionRequest")
    public record SubscriptionRequest(
            @Schema(description = "where deliveries are POSTed: an http(s) URL (https in production)",
                    example = "https://hooks.example.com/parley", required = true) String url,
            @Schema(description = "the kinds of notification delivered: conversation_breached, approval_waiting, "
                    + "mentioned, channel_health, incident_opened", required = true) List<String> kinds) {
    }

    // The pages' documented shapes (platform rest.Page of these items); the endpoints answer Page<…> themselves.
    @Schema(name = "WebhookSubscriptions", description = "A page of the brand's live subscriptions, oldest first; "
            + "pass nextCursor as cursor for the next")
    public record Subscriptions(@Schema(required = true) List<Webhooks.Subscription> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @Schema(name = "WebhookDeliveries", description = "A page of the subscription's deliveries, newest first; pass "
            + "nextCursor as cursor for the next")
    public record Deliveries(@Schema(required = true) List<Webhooks.Delivery> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a webhook", description = "From now on every notification of the kinds named "
            + "for this brand is POSTed to the URL as JSON, signed with `X-Parley-Signature: t=<unix>,v1=<hex "
            + "HMAC-SHA256 of \"t.body\" with the secret>`; an answer other than 2xx or none within 5 s is retried "
            + "with exponential back-off and jitter (5xx, 408, 429, timeouts) up to 6 attempts, then the delivery is "
            + "marked failed. The answer holds the secret — the only time it is shown.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "breaches and health", value = NotificationExamples.SUBSCRIPTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "The subscription with its secret; Location names it",
            content = @Content(schema = @Schema(implementation = Webhooks.Subscription.class),
                    examples = @ExampleObject(name = "created", value = NotificationExamples.SUBSCRIPTION_CREATED)))
    @APIResponse(responseCode = "400", description = "A URL that is not http(s) with a host, or no or an unknown "
            + "kind (the field is named)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad url", value = NotificationExamples.INVALID_URL)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Response create(@Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @NotNull SubscriptionRequest request, @jakarta.ws.rs.core.Context UriInfo uri) {
        Webhooks.Subscription created = webhooks.create(brand, request.url(), request.kinds(), access.userName());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The brand's webhook subscriptions", description = "Every live subscription, oldest "
            + "first, without its secret; a page at a time (`limit`, and `cursor` from the previous page's "
            + "nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of subscriptions", content = @Content(
            schema = @Schema(implementation = Subscriptions.class)))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "A brand that is not the caller's", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<Webhooks.Subscription> list(@Parameter(description = "the brand", example = "acme")
            @PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return webhooks.page(brand, cursor, QueryParams.limit(limit, pages));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Unsubscribe a webhook", description = "No more deliveries; the ones still waiting are "
            + "marked failed.")
    @APIResponse(responseCode = "204", description = "Unsubscribed")
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such subscription of the brand, or not the caller's "
            + "brand", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public void delete(@Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "the subscription") @PathParam("id") UUID id) {
        webhooks.delete(brand, id);
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "A webhook's delivery log", description = "The subscription's deliveries, newest first: "
            + "status (pending, delivered, failed), the last HTTP status or error, attempts so far, and when the "
            + "next attempt is due; a page at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "The deliveries", content = @Content(
            schema = @Schema(implementation = Deliveries.class),
            examples = @ExampleObject(name = "retrying", value = NotificationExamples.DELIVERIES)))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such subscription of the brand", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<Webhooks.Delivery> deliveries(@Parameter(description = "the brand", example = "acme")
            @PathParam("brand") String brand, @Parameter(description = "the subscription") @PathParam("id") UUID id,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return webhooks.deliveries(brand, id, cursor, QueryParams.limit(limit, pages));
    }
}
