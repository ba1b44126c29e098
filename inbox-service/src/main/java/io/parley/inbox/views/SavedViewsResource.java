package io.parley.inbox.views;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import java.util.Map;
import java.util.UUID;

/** Saved views of the queue, per person and per team, each with its count. */
@Path("/api/v1/brands/{brand}/views")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@Tag(name = "Saved views", description = "Named filters and orders of the queue, a person's own or shared with a "
        + "team, each with how many conversations it holds")
public class SavedViewsResource {

    @Inject
    PageLimits pages;

    @Inject
    SavedViews views;

    @Inject
    BrandAccess access;

    @Inject
    SecurityIdentity identity;

    @Schema(name = "SavedViewRequest", description = "A saved view to create, or what it becomes")
    public record SavedViewRequest(
            @NotBlank @Size(max = 100) @Schema(required = true, description = "its name, 1 to 100 characters, one "
                    + "per person (or per team)", example = "Complaints in Polish, newest first") String name,
            @Size(min = 1, max = 200) @Schema(description = "the team to share it with (a team of the brand the caller "
                    + "is in; managers and admins: any); absent: the caller's own view", example = "care")
            String team,
            @Schema(description = "the listing's filters by their query parameter names (status, platform, "
                    + "channelAccount, moment, language, sentiment, assignee, team, dueWithinMinutes, breached, q, "
                    + "incident, storyId), each a string as in the query; assignee 'me' is whoever looks",
                    example = "{\"status\": \"new,open\", \"moment\": \"complaint\", \"language\": \"pl\"}")
            Map<String, String> filters,
            @Schema(description = "the order: due (default), newest, oldest or priority", example = "newest")
            String sort) {
    }

    @Schema(name = "SavedView", description = "A saved view of the queue with how many conversations it holds now")
    public record View(UUID id, String brand, String name,
            @Schema(description = "personal (the owner's) or team (shared with the team)", example = "personal")
            String scope,
            @Schema(description = "the person whose view it is; null for a team's", example = "agent1") String owner,
            @Schema(description = "the team it is shared with; null for a person's", example = "care") String team,
            @Schema(description = "the listing's query parameters it applies") Map<String, String> filters,
            @Schema(example = "newest") String sort, String createdBy, Instant createdAt, Instant updatedAt,
            long version,
            @Schema(description = "how many conversations it holds now (as the listing's total)", example = "1234")
            long total,
            @Schema(description = "true when total is an estimate (above 10,000)", example = "false")
            boolean totalIsEstimate) {

        static View of(SavedViews.Counted c) {
            SavedView v = c.view();
            return new View(v.id, v.brand, v.name, v.owner != null ? "personal" : "team", v.owner, v.team,
                    c.filters(), v.sort, v.createdBy, v.createdAt, v.updatedAt, v.version, c.total().count(),
                    c.total().estimate());
        }
    }

    // The page's documented shape (platform rest.Page with these items); the endpoint answers Page<View> itself.
    @Schema(name = "PageSavedView", description = "A page of the caller's saved views: their own, then their teams', by name; pass nextCursor as cursor for the next")
    public record PageSavedViewDoc(@Schema(required = true) java.util.List<View> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @GET
    @Operation(summary = "The caller's saved views of the brand",
            description = "The caller's own views, then those of the teams they are in (managers and admins: of every "
                    + "team), each by name, with how many conversations it holds now: counted exactly up to 10,000, "
                    + "above that PostgreSQL's estimate (totalIsEstimate). A page at a time (`limit`, and `cursor` "
                    + "from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of views", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSavedViewDoc.class),
            examples = @ExampleObject(name = "two views", value = "{\"items\":" + Examples.SAVED_VIEWS
                    + ",\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    public Page<View> list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        return views.list(brand, viewer(brand), cursor, size).map(View::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a view of the queue",
            description = "A named filter and order: the caller's own, or shared with a team. The filters are checked "
                    + "as the listing checks its parameters (400 naming filters.<name>).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SavedViewRequest.class),
            examples = @ExampleObject(name = "Polish complaints", value = Examples.SAVED_VIEW_REQUEST)))
    @APIResponse(responseCode = "201", description = "Saved, with its count; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "A missing name, an unknown or bad filter, an unknown sort, a "
            + "team that is not the brand's or not the caller's (the problem names the field)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad filter", value = Examples.SAVED_VIEW_BAD_FILTER)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A view of that name exists in the same scope, or the scope "
            + "holds 50 views already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@PathParam("brand") String brand, @Valid @NotNull SavedViewRequest request,
            @Context UriInfo uri) {
        View view = View.of(views.create(brand, draft(request), viewer(brand)));
        return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build()).entity(view).build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One saved view, with its count", description = "The view's filters and order, and "
            + "how many conversations it holds now (an estimate where counting would be slow).")
    @APIResponse(responseCode = "200", description = "The view", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such view the caller sees in the brand",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public View get(@PathParam("brand") String brand, @PathParam("id") UUID id) {
        return View.of(views.get(brand, id, viewer(brand)));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a saved view",
            description = "Its name, scope, filters and order, as when it was saved. Whoever sees a view may change it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SavedViewRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed, with its count", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = View.class)))
    @APIResponse(responseCode = "400", description = "As when saving",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such view the caller sees in the brand",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Another view of that name in the same scope, or the new scope is full",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public View update(@PathParam("brand") String brand, @PathParam("id") UUID id,
            @Valid @NotNull SavedViewRequest request) {
        return View.of(views.update(brand, id, draft(request), viewer(brand)));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a saved view", description = "Deletes one of the views the caller sees; "
            + "the conversations in it are untouched.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such view the caller sees in the brand",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("brand") String brand, @PathParam("id") UUID id) {
        views.delete(brand, id, viewer(brand));
    }

    private ViewScope.Viewer viewer(String brand) {
        return views.viewer(brand, access.userName(),
                identity.hasRole(Roles.MANAGER) || identity.hasRole(Roles.ADMIN));
    }

    private static SavedViews.Draft draft(SavedViewRequest r) {
        return new SavedViews.Draft(r.name(), r.team(), r.filters(), r.sort());
    }
}
