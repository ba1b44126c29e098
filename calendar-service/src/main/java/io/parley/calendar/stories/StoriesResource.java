package io.parley.calendar.stories;

import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.Cursor;
import com.fasterxml.jackson.databind.JsonNode;
import io.parley.calendar.api.Examples;
import io.parley.calendar.api.ListParameters;
import io.parley.calendar.audit.Audit;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.EntityTags;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stories and their per-channel variants: written, read, versioned and compared. */
@Path("/api/v1/brands/{brand}/stories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stories", description = "A story told per channel: its variants, versions and history")
public class StoriesResource {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    @Inject
    PageLimits pages;

    @Inject
    StoryService stories;

    @Inject
    StoryViews views;

    @Inject
    Caller caller;

    @Inject
    Audit audit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Write a story with its variants",
            description = "The caller owns it. Each variant is checked against its network's limits (422 naming "
                    + "variants[i].field), its channel account against ingest-service's list, its schedule (an instant, "
                    + "or a local time in the brand's time zone; not in the past) and its images (uploaded first); its "
                    + "link gets the catalogue's UTM parameters (trackedLink) and the checks engine's findings are kept. "
                    + "Emits parley.story.created.v1. Nothing is stored when any variant is refused.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryApi.NewStory.class),
            examples = @ExampleObject(name = "a Facebook variant", value = Examples.NEW_STORY)))
    @APIResponse(responseCode = "201", description = "The story", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.StoryView.class),
            examples = @ExampleObject(name = "story", value = Examples.STORY)))
    @APIResponse(responseCode = "400", description = "Blank title, malformed JSON", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "blank title", value = Examples.INVALID_STORY)))
    @APIResponse(responseCode = "422", description = "A variant breaks its network's limits, an unknown channel "
            + "account or image, a schedule in the past", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "over X's limit", value = Examples.OVER_LIMIT)))
    @APIResponse(responseCode = "503", description = "standards-service or ingest-service did not answer; nothing "
            + "stored", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "standards down", value = Examples.UNAVAILABLE)))
    public Response create(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Valid @NotNull StoryApi.NewStory request, @Context UriInfo uri) {
        Story s = stories.create(brand, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(s.id.toString()).build())
                .header("ETag", EntityTags.of(s.version))
                .entity(views.story(s, stories.variants(s.id))).build();
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The brand's stories (the calendar's data)",
            description = "Newest first. With status (comma-separated), channelAccount, from or to, only the "
                    + "variants that match (scheduledFor in [from, to)) and the stories that have one; campaign filters "
                    + "stories. Filters combine. Every role of the brand reads, agents too.")
    @APIResponse(responseCode = "200", description = "A page of stories", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.StoryList.class),
            examples = @ExampleObject(name = "one story", value = Examples.STORY_LIST)))
    @APIResponse(responseCode = "400", description = "A bad filter, limit or cursor", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad range", value = Examples.INVALID_RANGE)))
    public StoryApi.StoryList list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "statuses, comma-separated", example = "in_review,approved")
            @QueryParam("status") String status,
            @Parameter(description = "one channel account's id") @QueryParam("channelAccount") String channelAccount,
            @Parameter(example = "winter-2026") @QueryParam("campaign") String campaign,
            @Parameter(description = "scheduled at or after (ISO-8601 instant)", example = "2026-12-01T00:00:00Z")
            @QueryParam("from") String from,
            @Parameter(description = "scheduled before (ISO-8601 instant)", example = "2027-01-01T00:00:00Z")
            @QueryParam("to") String to,
            @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to 200, default 50") @QueryParam("limit") Integer limit) {
        if (status != null) {
            for (String s : status.split(",")) {
                if (!VariantStatus.ALL.contains(s)) {
                    throw ProblemException.invalid("status", "'" + s + "' is not a variant status");
                }
            }
        }
        var fromAt = QueryParams.optionalInstant("from", from);
        var toAt = QueryParams.optionalInstant("to", to);
        if (fromAt.isPresent() && toAt.isPresent() && !fromAt.get().isBefore(toAt.get())) {
            throw ProblemException.invalid("from", "must be before to");
        }
        StoryService.Page page = stories.list(brand, new StoryService.Filter(Optional.ofNullable(status),
                Optional.ofNullable(channelAccount), Optional.ofNullable(campaign), fromAt, toAt), cursor, limit(limit));
        return new StoryApi.StoryList(views.stories(page), page.nextCursor());
    }

    static int limit(Integer limit) {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ProblemException.invalid("limit", "must be 1 to " + MAX_LIMIT);
        }
        return limit;
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One story with its variants", description = "ETag: the story's version (If-Match of PUT).")
    @APIResponse(responseCode = "200", description = "The story", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.StoryView.class),
            examples = @ExampleObject(name = "story", value = Examples.STORY)))
    public Response get(@Parameter(example = "acme") @PathParam("brand") String brand, @PathParam("id") UUID id) {
        Story s = stories.get(brand, id);
        return Response.ok(views.story(s, stories.variants(id))).header("ETag", EntityTags.of(s.version)).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a story's title, brief, campaign and tags",
            description = "If-Match: the story's ETag — 428 without it, 412 when someone changed it since.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryApi.StoryChange.class),
            examples = @ExampleObject(name = "change", value = Examples.STORY_CHANGE)))
    @APIResponse(responseCode = "200", description = "The story", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.StoryView.class),
            examples = @ExampleObject(name = "story", value = Examples.STORY)))
    @APIResponse(responseCode = "400", description = "Blank title", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "blank title", value = Examples.INVALID_STORY)))
    @APIResponse(responseCode = "412", description = "A stale If-Match", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "missing", value = Examples.IF_MATCH_MISSING)))
    public Response change(@Parameter(example = "acme") @PathParam("brand") String brand, @PathParam("id") UUID id,
            @Parameter(description = "the story's ETag", example = "\"1\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull StoryApi.StoryChange change) {
        Story s = stories.change(brand, id, change, ifMatch, caller.actor());
        return Response.ok(views.story(s, stories.variants(id))).header("ETag", EntityTags.of(s.version)).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The story's audit trail",
            description = "Every change, submission, decision, skip, override, reminder, escalation, expiry, comment "
                    + "and reviewer action, oldest first; external reviewers' under their link's id. A page at a "
                    + "time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of the history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Audit.HistoryPage.class),
            examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<Audit.Entry> history(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        stories.get(brand, id);
        return audit.of(id, cursor, QueryParams.limit(limit, pages));
    }

    @POST
    @Path("/{id}/variants")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Add a variant for another channel account", description = "As a variant of a new story; "
            + "errors name the field without a prefix (text, media, scheduledFor, ...).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryApi.NewVariant.class),
            examples = @ExampleObject(name = "a LinkedIn variant", value = Examples.VARIANT_CHANGE)))
    @APIResponse(responseCode = "201", description = "The variant", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VariantView.class),
            examples = @ExampleObject(name = "variant", value = Examples.VARIANT)))
    @APIResponse(responseCode = "422", description = "Network limits, unknown account or image, past schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "over the limit", value = Examples.OVER_LIMIT)))
    public Response addVariant(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @NotNull StoryApi.NewVariant request, @Context UriInfo uri) {
        Variant v = stories.addVariant(brand, id, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(v.id.toString()).build())
                .header("ETag", EntityTags.of(v.version)).entity(views.variant(v)).build();
    }

    @GET
    @Path("/{id}/variants/{variantId}")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "One variant", description = "ETag: the variant's version (If-Match of its PUT).")
    @APIResponse(responseCode = "200", description = "The variant", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VariantView.class),
            examples = @ExampleObject(name = "variant", value = Examples.VARIANT)))
    public Response variant(@Parameter(example = "acme") @PathParam("brand") String brand, @PathParam("id") UUID id,
            @PathParam("variantId") UUID variantId) {
        Variant v = stories.variant(brand, id, variantId);
        return Response.ok(views.variant(v)).header("ETag", EntityTags.of(v.version)).build();
    }

    @PUT
    @Path("/{id}/variants/{variantId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a variant",
            description = "If-Match: the variant's version (428 without, 409 stale). Fields left out keep their value; "
                    + "null clears link, firstComment, scheduledFor. A new schedule of an approved variant keeps its "
                    + "approval (drag and drop on the calendar); a changed text, media, link, first comment, content "
                    + "type, risk level or account of a variant in review or approved starts a new approval round "
                    + "(checks first; parley.variant.review-reset.v1 with the versions to compare). A failed variant given a new time "
                    + "is scheduled again (a new publish round); firstComment is a string or {text, delayMinutes}.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = StoryApi.NewVariant.class),
            examples = @ExampleObject(name = "new text and time", value = Examples.VARIANT_CHANGE)))
    @APIResponse(responseCode = "200", description = "The variant", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VariantView.class),
            examples = @ExampleObject(name = "variant", value = Examples.VARIANT)))
    @APIResponse(responseCode = "409", description = "A cancelled variant; one that went out (publishing, "
            + "published, deleted: correct or delete it instead) or a correction", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "A stale If-Match", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "stale", value = Examples.STALE)))
    @APIResponse(responseCode = "422", description = "Network limits, unknown account or image, past schedule, or "
            + "(for a variant under approval) blocking findings", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "over the limit", value = Examples.OVER_LIMIT)))
    @APIResponse(responseCode = "428", description = "No If-Match", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "missing", value = Examples.IF_MATCH_MISSING)))
    public Response changeVariant(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId,
            @Parameter(description = "the variant's ETag", example = "\"3\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) {
        Variant v = stories.changeVariant(brand, id, variantId, body, ifMatch, caller.actor());
        return Response.ok(views.variant(v)).header("ETag", EntityTags.of(v.version)).build();
    }

    @GET
    @Path("/{id}/variants/{variantId}/versions")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "Every version of a variant", description = "Oldest first; one per change. A page at a time "
            + "(`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of versions", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VersionPage.class),
            examples = @ExampleObject(name = "two versions", value = Examples.VERSIONS)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<StoryApi.VersionView> versions(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return stories.versions(brand, id, variantId, cursor, QueryParams.limit(limit, pages))
                .map(v -> new StoryApi.VersionView(v.version, v.at, v.by, v.text,
                        Json.readStrings(v.media).stream().map(UUID::fromString).toList(), v.link, v.firstComment,
                        v.scheduledFor, v.status));
    }

    @GET
    @Path("/{id}/variants/{variantId}/diff")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "What changed between two versions",
            description = "Each changed field with before and after, and the text word by word (equal, insert, delete).")
    @APIResponse(responseCode = "200", description = "The diff", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.Diff.class),
            examples = @ExampleObject(name = "text grew", value = Examples.DIFF)))
    @APIResponse(responseCode = "400", description = "from or to missing or not a version", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "bad range", value = Examples.INVALID_RANGE)))
    public StoryApi.Diff diff(@Parameter(example = "acme") @PathParam("brand") String brand, @PathParam("id") UUID id,
            @PathParam("variantId") UUID variantId,
            @Parameter(required = true, example = "1") @QueryParam("from") Integer from,
            @Parameter(required = true, example = "2") @QueryParam("to") Integer to) {
        if (from == null) {
            throw ProblemException.invalid("from", "is required");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "is required");
        }
        return stories.diff(brand, id, variantId, from, to);
    }
}
