package io.parley.calendar.publishing;

import jakarta.ws.rs.QueryParam;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.Cursor;
import io.parley.calendar.api.Examples;
import io.parley.calendar.api.ListParameters;
import io.parley.calendar.stories.Caller;
import io.parley.calendar.stories.StoryApi;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.StoryViews;
import io.parley.calendar.stories.Variant;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** A variant after it went out: its publish ledger, its history with corrections, a correction, a deletion. */
@Path("/api/v1/brands/{brand}/stories/{id}/variants/{variantId}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publishing", description = "Publication outcomes, corrections, deletions; signed media for platforms")
public class PublicationsResource {

    @Inject
    PageLimits pages;

    @Inject
    Caller caller;

    @Inject
    StoryService stories;

    @Inject
    StoryViews views;

    @Inject
    Publications publications;

    @Inject
    Corrections corrections;

    @Inject
    Deletions deletions;

    @Schema(name = "CorrectionRequest")
    public record CorrectionRequest(
            @Schema(required = true, description = "the corrected text; on X, the correction reply's text",
                    example = "Zimowa kolekcja już jest ❄ Ceny od 129 zł.") String text,
            @Schema(required = true, description = "what was wrong", example = "The price in the post was wrong.")
            String reason) {
    }

    @Schema(name = "Correction", description = "A correction: a variant of its own through approval")
    public record CorrectionView(@Schema(description = "edit (the post is edited) or reply (a correction reply "
            + "under it, where the network allows no edit)", example = "edit") String kind,
            @Schema(description = "the published variant it corrects") UUID correctionOf,
            @Schema(description = "the correction variant: submit, decide and read it as any variant")
            StoryApi.VariantView variant) {
    }

    @Schema(name = "DeletionRequest")
    public record DeletionRequest(@Schema(required = true, example = "The offer was withdrawn by legal.")
            String reason) {
    }

    @GET
    @Path("/publications")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The variant's publish ledger",
            description = "Every outbound action asked for it — publish (one per publish round), first comment, edit, "
                    + "correction reply, delete — oldest first, with its state (requested, delayed, unknown, delivered, "
                    + "failed), what to do when it failed or waits, and every delivery report the gateway sent. A "
                    + "page at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of the ledger", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Publications.LedgerPage.class),
            examples = @ExampleObject(name = "published", value = Examples.LEDGER)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<Publications.Entry> ledger(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        return publications.ledger(stories.variant(brand, id, variantId), cursor, size);
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The variant's versions and corrections",
            description = "Every version (text and status after each change; an applied edit is a version of its own, "
                    + "so the text before and after a correction are both here) and every correction asked for it "
                    + "(kind, reason, status), in time order; a page at a time (`limit`, and `cursor` from the "
                    + "previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of the history", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Publications.HistoryPage.class),
            examples = @ExampleObject(name = "corrected", value = Examples.VARIANT_HISTORY)))
    @APIResponse(responseCode = "400", description = "A limit out of range or a cursor this listing did not hand out "
            + "(the problem names the parameter)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Page<Publications.HistoryEntry> history(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        return publications.history(stories.variant(brand, id, variantId), cursor, size);
    }

    @POST
    @Path("/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Correct a published post, through approval",
            description = "Writes a correction — a variant of its own with correctionOf — and submits it: the standards "
                    + "gate and the catalogue's workflow apply as to any variant (no self-approval). Once approved it "
                    + "is sent: an edit_post of the post where the network edits (Facebook, LinkedIn, VK, Telegram, "
                    + "Instagram's caption), else (X) kind reply: a correction reply under the post. When the network "
                    + "confirms, parley.variant.corrected.v1; an edit becomes a new version of the published variant.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = CorrectionRequest.class),
            examples = @ExampleObject(name = "price", value = Examples.CORRECTION_REQUEST)))
    @APIResponse(responseCode = "201", description = "The correction, in review (or sent when no step is required)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CorrectionView.class),
                    examples = @ExampleObject(name = "edit", value = Examples.CORRECTION)))
    @APIResponse(responseCode = "409", description = "The variant is not published", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not published", value = Examples.NOT_PUBLISHED)))
    @APIResponse(responseCode = "422", description = "No text or reason, the network's limits, a blocking finding",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no reason", value = Examples.NO_REASON)))
    public Response correct(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId, CorrectionRequest body) {
        Variant c = corrections.correct(brand, id, variantId, body == null ? null : body.text(),
                body == null ? null : body.reason(), caller.actor());
        return Response.status(Response.Status.CREATED).entity(new CorrectionView(c.correctionKind, c.correctionOf,
                views.variant(c))).build();
    }

    @POST
    @Path("/deletion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Delete a published post, with a reason",
            description = "Approvers, managers and admins only (an editor is 403); the reason is required (422). The "
                    + "gateway removes the post (delete_post); when the network confirms, the variant is deleted "
                    + "(deletion: who, why, when; parley.variant.deleted.v1). Nothing is reposted: to fix a post, "
                    + "correct it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeletionRequest.class),
            examples = @ExampleObject(name = "withdrawn", value = Examples.DELETION_REQUEST)))
    @APIResponse(responseCode = "202", description = "The deletion was asked for; the variant with its deletion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = StoryApi.VariantView.class),
                    examples = @ExampleObject(name = "variant", value = Examples.VARIANT)))
    @APIResponse(responseCode = "409", description = "Not published, or a deletion on its way", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not published", value = Examples.NOT_PUBLISHED)))
    @APIResponse(responseCode = "422", description = "No reason", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no reason", value = Examples.NO_REASON)))
    public Response delete(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId, DeletionRequest body) {
        Variant v = deletions.delete(brand, id, variantId, body == null ? null : body.reason(),
                caller.actor());
        return Response.accepted(views.variant(v)).build();
    }
}
