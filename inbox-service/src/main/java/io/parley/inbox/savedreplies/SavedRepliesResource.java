package io.parley.inbox.savedreplies;

import io.parley.inbox.api.Examples;
import io.parley.platform.rest.Keyset;
import io.parley.inbox.api.ListParameters;
import io.parley.inbox.conversations.Conversations;
import io.parley.inbox.setupchanges.SetupChanges;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Saved replies per brand and language, and their rendering for a conversation. */
@Path("/api/v1/brands/{brand}/saved-replies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Saved replies", description = "The brand's replies in its community voice, per language, with "
        + "{variables} and tone guidance")
public class SavedRepliesResource {

    @Inject
    PageLimits pages;

    @Inject
    BrandAccess access;

    @Inject
    Conversations conversations;

    @Inject
    Clock clock;

    @Inject
    SetupChanges changes;

    @Schema(name = "SavedReplyRequest")
    public record SavedReplyRequest(
            @NotBlank @Pattern(regexp = "[a-z]{2}") @Schema(required = true, example = "pl") String language,
            @NotBlank @Size(max = 200) @Schema(required = true, example = "Opóźniona przesyłka") String title,
            @NotBlank @Size(max = 8000) @Schema(required = true, description = "the reply; variables: "
                    + "{author.name}, {author.firstName}, {brand}, {agent.name}, {channel}",
                    example = "{author.firstName}, przepraszamy za opóźnienie! Sprawdzamy Twoją przesyłkę.")
            String body,
            @Pattern(regexp = "positive|neutral|negative") @Schema(description = "the mood it is written for; "
                    + "negative: for angry customers, suggested first when the conversation is negative",
                    example = "negative") String sentiment,
            @Size(max = 2000) @Schema(description = "tone guidance for the agent, never sent",
                    example = "Przeproś raz, bez tłumaczenia się; podaj konkretny następny krok.") String guidance) {
    }

    @Schema(name = "SavedReply")
    public record SavedReplyView(UUID id, String brand, String language, String title, String body, String sentiment,
            String guidance, String createdBy, Instant updatedAt, long version) {
        static SavedReplyView of(SavedReply r) {
            return new SavedReplyView(r.id, r.brand, r.language, r.title, r.body, r.sentiment, r.guidance,
                    r.createdBy, r.updatedAt, r.version);
        }
    }

    @Schema(name = "SavedReplySuggestion", description = "A saved reply for a conversation, rendered")
    public record Suggestion(UUID id, String title, String language, String sentiment,
            @Schema(description = "the body with the conversation's variables filled in") String text,
            String guidance,
            @Schema(description = "true when written for the conversation's mood (e.g. negative for an angry "
                    + "customer)") boolean suggested) {
    }

    /** The listing of {@link #list}: (language, title, id), index saved_reply_page. */
    static final Keyset<SavedReply> SAVED_REPLIES = Keyset.<SavedReply>ascending("saved-replies")
            .text("language", r -> r.language).text("title", r -> r.title).uuid("id", r -> r.id);

    // The page's documented shape (platform rest.Page with these items); the endpoint answers Page<SavedReplyView> itself.
    @Schema(name = "PageSavedReply", description = "A page of the brand's saved replies, by language and title; pass nextCursor as cursor for the next")
    public record PageSavedReplyDoc(@Schema(required = true) java.util.List<SavedReplyView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The brand's saved replies", description = "By language and title, a page at a time "
            + "(`limit`, and `cursor` from the previous page's nextCursor, with the same language).")
    @APIResponse(responseCode = "200", description = "A page of saved replies", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PageSavedReplyDoc.class),
            examples = @ExampleObject(name = "one", value = "{\"items\":" + Examples.SAVED_REPLIES
                    + ",\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = "Bad language, a limit out of range or a cursor this listing "
            + "did not hand out (the problem names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another brand", value = Examples.BRAND_NOT_FOUND)))
    @Transactional
    public Page<SavedReplyView> list(@Parameter(example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "only this language", example = "pl") @QueryParam("language") String language,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        if (language != null && !language.matches("[a-z]{2}")) {
            throw ProblemException.invalid("language", "'" + language + "' is not an ISO 639-1 code such as pl");
        }
        Page<SavedReply> found = language == null
                ? SAVED_REPLIES.page((q, p, rows) -> SavedReply.<SavedReply>find(q, p).range(0, rows - 1).list(),
                        "brand = :b", Map.of("b", brand), cursor, size)
                : SAVED_REPLIES.page((q, p, rows) -> SavedReply.<SavedReply>find(q, p).range(0, rows - 1).list(),
                        "brand = :b and language = :l",
                        Map.of("b", brand, "l", language), cursor, size);
        return found.map(SavedReplyView::of);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Save a reply", description = "Managers write the brand's saved replies. The body may use "
            + "only the known variables (400 naming any other).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SavedReplyRequest.class),
            examples = @ExampleObject(name = "angry customer", value = Examples.SAVED_REPLY_REQUEST)))
    @APIResponse(responseCode = "201", description = "Saved; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedReplyView.class)))
    @APIResponse(responseCode = "400", description = "Missing or bad fields, unknown variables",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown variable", value = Examples.UNKNOWN_VARIABLE)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public Response create(@PathParam("brand") String brand, @Valid @NotNull SavedReplyRequest request,
            @Context UriInfo uri) {
        SavedReply r = new SavedReply();
        r.id = UUID.randomUUID();
        r.brand = brand;
        r.createdBy = access.userName();
        apply(r, request);
        r.persist();
        changes.record(brand, "saved-reply", r.id.toString(), "created", access.userName(), summary(r));
        return Response.created(uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .entity(SavedReplyView.of(r)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "One saved reply", description = "Its language, title, body with variables, the mood "
            + "it is written for and its tone guidance.")
    @APIResponse(responseCode = "200", description = "The saved reply", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedReplyView.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such saved reply of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public SavedReplyView get(@PathParam("brand") String brand, @PathParam("id") UUID id) {
        return SavedReplyView.of(find(brand, id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Change a saved reply", description = "Replaces its text and guidance; the change is "
            + "recorded in the brand's setup history.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = SavedReplyRequest.class)))
    @APIResponse(responseCode = "200", description = "Changed", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SavedReplyView.class)))
    @APIResponse(responseCode = "400", description = "Missing or bad fields, unknown variables",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such saved reply of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public SavedReplyView update(@PathParam("brand") String brand, @PathParam("id") UUID id,
            @Valid @NotNull SavedReplyRequest request) {
        SavedReply r = find(brand, id);
        apply(r, request);
        changes.record(brand, "saved-reply", r.id.toString(), "changed", access.userName(), summary(r));
        return SavedReplyView.of(r);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Delete a saved reply", description = "Agents no longer see it; replies already sent "
            + "with it are unchanged. Recorded in the brand's setup history.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such saved reply of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @Transactional
    public void delete(@PathParam("brand") String brand, @PathParam("id") UUID id) {
        SavedReply r = find(brand, id);
        r.delete();
        changes.record(brand, "saved-reply", r.id.toString(), "deleted", access.userName(), summary(r));
    }

    /** What the setup's trail keeps of a saved reply (GET /api/v1/brands/{brand}/setup-changes). */
    private static java.util.Map<String, Object> summary(SavedReply r) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("language", r.language);
        m.put("title", r.title);
        m.put("body", r.body);
        m.put("sentiment", r.sentiment);
        m.put("guidance", r.guidance);
        return m;
    }

    private void apply(SavedReply r, SavedReplyRequest request) {
        var unknown = Templates.unknown(request.body());
        if (!unknown.isEmpty()) {
            throw ProblemException.invalid("body", "unknown variable(s) " + String.join(", ", unknown.stream()
                    .map(v -> "{" + v + "}").toList()) + "; use " + String.join(", ",
                    Templates.VARIABLES.stream().map(v -> "{" + v + "}").toList()));
        }
        r.language = request.language();
        r.title = request.title();
        r.body = request.body();
        r.sentiment = request.sentiment();
        r.guidance = request.guidance();
        r.updatedAt = clock.instant();
    }

    private SavedReply find(String brand, UUID id) {
        SavedReply r = SavedReply.findById(id);
        if (r == null || !r.brand.equals(brand)) {
            throw ProblemException.notFound("saved reply " + id + " does not exist");
        }
        return r;
    }
}
