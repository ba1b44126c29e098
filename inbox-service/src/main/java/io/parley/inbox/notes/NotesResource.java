package io.parley.inbox.notes;

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
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Internal notes on a conversation. */
@Path("/api/v1/conversations/{conversationId}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notes", description = "Internal notes with @mentions; never shown to the customer")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class NotesResource {

    @Inject
    PageLimits pages;

    static final int MAX_TEXT = 4000;

    @Inject
    NoteService notes;

    @Inject
    BrandAccess access;

    @Schema(name = "NoteRequest")
    public record NoteRequest(@NotBlank @Size(max = MAX_TEXT)
            @Schema(required = true, description = "the note, 1 to 4000 characters; @user mentions a colleague",
                    example = "@manager1 klientka pyta o zwrot — czy możemy dać kod rabatowy?") String text) {
    }

    @Schema(name = "Note", description = "An internal note")
    public record NoteView(UUID id, UUID conversationId, String author, String text,
            @Schema(description = "user names mentioned with @, in order, without the @") List<String> mentioned,
            Instant createdAt) {
        static NoteView of(Note n) {
            return new NoteView(n.id, n.conversationId, n.author, n.text, n.mentioned(), n.createdAt);
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write an internal note",
            description = "Stores the note; the users mentioned with @name are parsed (an e-mail address mentions "
                    + "nobody) and must name people who can see the brand (GET /api/v1/brands/{brand}/people; "
                    + "anyone else is a 422), and NoteAdded (naming them) goes to parley.inbox.v1 for notifications. "
                    + "A new conversation becomes open. Recorded in the audit trail.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = NoteRequest.class),
            examples = @ExampleObject(name = "mention", value = Examples.NOTE_REQUEST)))
    @APIResponse(responseCode = "201", description = "The note; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class),
                    examples = @ExampleObject(name = "note", value = Examples.NOTE)))
    @APIResponse(responseCode = "400", description = "Missing, blank or too long text",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    @APIResponse(responseCode = "422", description = "An @mention of anyone who cannot see the brand (GET "
            + "/api/v1/brands/{brand}/people lists who can): each name is in errors, with the colleague a typo "
            + "probably meant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "a typo", value = Examples.UNKNOWN_MENTION)))
    @APIResponse(responseCode = "503", description = "The identity provider cannot be reached to check the "
            + "mentions (and the brand's people were never read)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("conversationId") UUID conversationId, @Valid @NotNull NoteRequest request,
            @Context UriInfo uri) {
        Note note = notes.add(conversationId, access.brands(), access.userName(), request.text());
        return Response.created(uri.getAbsolutePathBuilder().path(note.id.toString()).build())
                .entity(NoteView.of(note)).build();
    }


    // The page's documented shape (platform rest.Page with these items); the endpoint answers Page<NoteView> itself.
    @Schema(name = "PageNote", description = "A page of a conversation's notes, oldest first; pass nextCursor as cursor for the next")
    public record PageNoteDoc(@Schema(required = true) java.util.List<NoteView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @GET
    @Operation(summary = "A conversation's notes", description = "Oldest first, a page at a time (`limit`, and "
            + "`cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "A page of notes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PageNoteDoc.class),
                    examples = @ExampleObject(name = "one", value = "{\"items\":[" + Examples.NOTE
                            + "],\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public Page<NoteView> list(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        return notes.page(conversationId, access.brands(), cursor, QueryParams.limit(limit, pages)).map(NoteView::of);
    }
}
