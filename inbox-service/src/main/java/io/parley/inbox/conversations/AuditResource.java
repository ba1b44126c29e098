package io.parley.inbox.conversations;

import io.parley.inbox.api.Examples;
import io.parley.inbox.api.ListParameters;
import io.parley.inbox.audit.AuditEntry;
import io.parley.inbox.audit.AuditTrail;
import io.parley.platform.problem.Problem;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.security.BrandAccess;
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

/** The audit trail of a conversation. */
@Path("/api/v1/conversations/{conversationId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change to a conversation, by whom and when")
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
public class AuditResource {

    @Inject
    AuditTrail audit;

    @Inject
    Conversations conversations;

    @Inject
    BrandAccess access;

    @Inject
    PageLimits pages;

    @Schema(name = "AuditEntry", description = "One change to a conversation")
    public record AuditView(UUID id,
            @Schema(description = "status_changed, reply_sent, reply_delivered, reply_failed, standards_override, "
                    + "note_added, grouped_answer, moderation_requested, moderation_done, moderation_failed, and "
                    + "the actions of other features (assignment, ...)", example = "status_changed") String action,
            @Schema(description = "the user, or system for consumers and rules", example = "agent1") String actor,
            Instant at,
            @Schema(description = "the particulars: from/to, reason, ids", example = "{\"from\":\"new\",\"to\":\"open\"}")
            Map<String, Object> details) {
    }

    // The page's documented shape (platform rest.Page with these items); the endpoint answers Page<AuditView> itself.
    @Schema(name = "PageAuditEntry", description = "A page of a conversation's audit trail, oldest first; pass "
            + "nextCursor as cursor for the next")
    public record TrailPage(@Schema(required = true) List<AuditView> items,
            @Schema(description = "the next page's cursor; null on the last page") String nextCursor) {
    }

    @GET
    @Operation(summary = "The audit trail of a conversation",
            description = "Every change, oldest first: status changes (by hand, by a delivered reply, by the "
                    + "customer writing again), replies sent, delivered or failed, standards overrides with their "
                    + "reason, notes, grouped answers, moderation, and what other features record (assignment); a page "
                    + "at a time (`limit`, and `cursor` from the previous page's nextCursor).")
    @APIResponse(responseCode = "200", description = "The trail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = TrailPage.class),
                    examples = @ExampleObject(name = "trail", value = "{\"items\":" + Examples.AUDIT
                            + ",\"nextCursor\":null}")))
    @APIResponse(responseCode = "400", description = ListParameters.BAD_PAGE,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wrong role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "No such conversation among the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = Examples.CONVERSATION_NOT_FOUND)))
    public Page<AuditView> trail(@PathParam("conversationId") UUID conversationId,
            @Parameter(description = ListParameters.LIMIT, example = "50") @QueryParam("limit") String limit,
            @Parameter(description = ListParameters.CURSOR) @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        conversations.get(conversationId, access.brands());
        return audit.page(conversationId, cursor, size)
                .map(e -> new AuditView(e.id, e.action, e.actor, e.at, e.details));
    }
}
