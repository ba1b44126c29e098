package io.parley.inbox.setupchanges;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who changed the brand's teams, assignment rules and saved replies. */
@Path("/api/v1/brands/{brand}/setup-changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Setup changes", description = "The trail of a brand's care setup: teams, assignment rules, saved replies")
public class SetupChangesResource {

    @Inject
    PageLimits pages;

    static final List<String> SUBJECTS = List.of("team", "assignment-rules", "saved-reply");

    static final String EXAMPLE = """
            {"items":[{"id":"0b7e2c1a-5d7f-4c1e-9a0b-2f3e4d5c6b7a","brand":"acme","subject":"team","key":"night",
              "action":"changed","actor":"manager1","at":"2026-12-06T21:40:00Z",
              "details":{"strategy":"round-robin","members":["agent1","manager1"],"awayLimitMinutes":30}}],
             "nextCursor":null}""";

    static final String INVALID = """
            {"type":"/problems/invalid-input","title":"The request has invalid fields","status":400,
             "detail":"subject: must be one of team, assignment-rules, saved-reply",
             "instance":"/api/v1/brands/acme/setup-changes",
             "errors":[{"field":"subject","message":"must be one of team, assignment-rules, saved-reply"}]}""";

    static final String PROBLEM = """
            {"type":"/problems/not-found","title":"The resource does not exist","status":404,
             "detail":"brand 'globex' does not exist","instance":"/api/v1/brands/globex/setup-changes"}""";

    @Inject
    SetupChanges changes;


    @Schema(name = "SetupChange", description = "One change to the brand's care setup")
    public record ChangeView(UUID id, String brand,
            @Schema(description = "team, assignment-rules or saved-reply") String subject,
            @Schema(description = "the team's name, the saved reply's id, the brand for its rules") String key,
            @Schema(description = "created, changed or deleted") String action, String actor, Instant at,
            @Schema(description = "what it became, in short (members, strategy, rule names, title, language)")
            Map<String, Object> details) {
    }

    // The page's documented shape (platform rest.Page of changes); the endpoint answers Page<ChangeView> itself.
    @Schema(name = "SetupChanges", description = "A page of a brand's setup changes, newest first; pass nextCursor "
            + "as cursor (with the same subject) for the next")
    public record ChangesView(@Schema(required = true) List<ChangeView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @GET
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Who changed the care setup", description = "Every team written or deleted, every "
            + "replacement of the assignment rules and every saved reply created, changed or deleted, with who and when, "
            + "newest first. Written in the transaction of the change; never changed afterwards. A page at a time "
            + "(`limit`, and `cursor` from the previous page's nextCursor, with the same subject).")
    @APIResponse(responseCode = "200", description = "The changes", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ChangesView.class), examples = @ExampleObject(name = "changes", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Unknown subject, a limit out of range or a cursor this listing "
            + "did not hand out (the problem names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "bad subject", value = INVALID)}))
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "agent", value = """
                            {"type":"/problems/forbidden","title":"The caller may not do this","status":403}""")))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "other brand", value = PROBLEM)))
    public Page<ChangeView> list(@Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "only team, assignment-rules or saved-reply", example = "team")
            @QueryParam("subject") String subject,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        if (subject != null && !SUBJECTS.contains(subject)) {
            throw ProblemException.invalid("subject", "must be one of " + String.join(", ", SUBJECTS));
        }
        int n = QueryParams.limit(limit, pages);
        return changes.of(brand, subject, cursor, n).map(c -> new ChangeView(c.id, c.brand, c.subject, c.subjectKey,
                c.action, c.actor, c.at, c.details));
    }
}
