package io.parley.calendar.feeds;

import io.parley.calendar.api.Examples;
import io.parley.calendar.api.ListParameters;
import jakarta.ws.rs.QueryParam;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.Cursor;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Secret iCalendar feed URLs: make one, list them, revoke one. The feed itself: {@link PublicFeedResource}. */
@Path("/api/v1/brands/{brand}/calendar-feeds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Calendar feeds", description = "Read-only iCalendar feeds of the plan, behind secret revocable URLs")
public class FeedsResource {

    private static final String[] PEOPLE = {Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN};

    @Inject
    PageLimits pages;

    @Inject
    BrandAccess access;
    @Inject
    SecurityIdentity identity;
    @Inject
    Feeds feeds;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Make a secret iCalendar feed URL",
            description = "scope brand: every planned variant of the brand; mine (default): the caller's stories. The "
                    + "URL (with a 256-bit token) is shown once in this answer — only its hash is kept; a calendar app "
                    + "subscribes to it without signing in. People of the brand make feeds; the integrator does not.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = FeedsApi.NewFeed.class),
            examples = @ExampleObject(name = "my stories", value = FeedExamples.NEW)))
    @APIResponse(responseCode = "201", description = "The feed with its URL", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedsApi.View.class),
            examples = @ExampleObject(name = "created", value = FeedExamples.CREATED)))
    @APIResponse(responseCode = "400", description = "An unknown scope", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad scope", value = FeedExamples.BAD_SCOPE)))
    public Response create(@Parameter(example = "acme") @PathParam("brand") String brand,
            @jakarta.validation.constraints.NotNull FeedsApi.NewFeed body) {
        String scope = body.scope() == null ? CalendarFeed.MINE : body.scope();
        if (!scope.equals(CalendarFeed.MINE) && !scope.equals(CalendarFeed.BRAND)) {
            throw ProblemException.invalid("scope", "must be brand or mine");
        }
        Feeds.Created created = feeds.create(brand, scope, access.userName());
        return Response.status(Response.Status.CREATED)
                .entity(FeedsApi.View.of(created.feed(), feeds.url(brand, created.token()))).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The caller's calendar feeds (managers and admins: all of the brand's)",
            description = "Newest first, revoked ones too; without their URLs (they are shown only once). A page at a "
                    + "time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of feeds", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedsApi.FeedPage.class),
            examples = @ExampleObject(name = "one feed", value = FeedExamples.LIST)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<FeedsApi.View> list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return feeds.page(brand, access.userName(), overseer(), cursor, QueryParams.limit(limit, pages))
                .map(f -> FeedsApi.View.of(f, null));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Revoke a calendar feed",
            description = "Its URL answers 410 from now on. The owner revokes their own feeds; managers and admins any "
                    + "of the brand's. Revoking twice keeps the first time.")
    @APIResponse(responseCode = "200", description = "The revoked feed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedsApi.View.class),
            examples = @ExampleObject(name = "revoked", value = FeedExamples.CREATED)))
    public FeedsApi.View revoke(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id) {
        return FeedsApi.View.of(feeds.revoke(brand, id, access.userName(), overseer()), null);
    }

    private boolean overseer() {
        return identity.hasRole(Roles.MANAGER) || identity.hasRole(Roles.ADMIN);
    }
}
