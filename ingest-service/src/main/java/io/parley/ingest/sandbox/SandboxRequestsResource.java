package io.parley.ingest.sandbox;

import io.parley.platform.problem.Problem;
import io.parley.platform.rest.QueryParams;
import io.parley.platform.rest.PageLimits;
import io.parley.platform.rest.Page;
import io.parley.platform.rest.Keyset;
import io.parley.platform.problem.ProblemException;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the sandbox connector would have sent to the platforms. */
@Path("/api/v1/brands/{brand}/sandbox/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox", description = "Platform requests recorded for sandbox channel accounts instead of being sent")
public class SandboxRequestsResource {

    @Inject
    PageLimits pages;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "List recorded platform requests",
            description = "Newest first (one action's in the order sent). Each is the exact request the platform would "
                    + "have received from the live connector — method, address, headers and body — with the credential "
                    + "replaced by REDACTED; an image upload's bytes are described, not stored. A page at a time "
                    + "(`limit`, and `cursor` from the previous page's nextCursor, with the same actionId).")
    @APIResponse(responseCode = "200", description = "A page of recorded requests", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordedRequestPage.class)))
    @APIResponse(responseCode = "400", description = "A limit out of range, a cursor this listing did not hand out or "
            + "an invalid action id (the problem names the parameter)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page<RecordedRequest> list(
            @Parameter(description = "the brand", example = "acme") @PathParam("brand") String brand,
            @Parameter(description = "only the request of this outbound action") @QueryParam("actionId") String actionId,

            @Parameter(description = "page size, 1 to parley.pages.max-limit (200); default parley.pages.default-limit (50)",
                    example = "50") @QueryParam("limit") String limit,
            @Parameter(description = "the previous page's nextCursor (with the same filters); absent for the first page")
            @QueryParam("cursor") String cursor) {
        int size = QueryParams.limit(limit, pages);
        if (actionId != null) {
            UUID action;
            try {
                action = UUID.fromString(actionId);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("actionId", "must be a UUID");
            }
            // one action's requests in the order sent: keyset on the unique (action_id, step)
            return ACTION_REQUESTS.page((q, p, rows) -> SandboxRequest.<SandboxRequest>find(q, p)
                    .range(0, rows - 1).list(), "brand = :brand and actionId = :action",
                    Map.of("brand", brand, "action", action), cursor, size).map(RecordedRequest::of);
        }
        // newest first: keyset on (recorded_at, id) descending, index sandbox_request_brand_recent
        return REQUESTS.page((q, p, rows) -> SandboxRequest.<SandboxRequest>find(q, p).range(0, rows - 1).list(),
                "brand = :brand", Map.of("brand", brand), cursor, size).map(RecordedRequest::of);
    }

    /** The orders of {@link #list}, and their cursors' names: the brand's requests, and one action's. */
    static final Keyset<SandboxRequest> REQUESTS = Keyset.<SandboxRequest>descending("sandbox-requests")
            .instant("recordedAt", r -> r.recordedAt).uuid("id", r -> r.id);
    static final Keyset<SandboxRequest> ACTION_REQUESTS = Keyset.<SandboxRequest>ascending("sandbox-action-requests")
            .number("step", r -> r.step);

    // The page's documented shape (platform rest.Page of requests), so that the 200 response names its schema; the
    // endpoint answers Page<RecordedRequest> itself.
    @Schema(name = "RecordedRequestPage", description = "A page of recorded platform requests; pass nextCursor as "
            + "cursor for the next")
    public record RecordedRequestPage(@Schema(required = true) List<RecordedRequest> items,
            @Schema(description = "the next page's cursor (with the same filters); null on the last page")
            String nextCursor) {
    }

    @Schema(name = "RecordedRequest", description = "A platform request recorded by the sandbox connector")
    public record RecordedRequest(UUID id, UUID actionId, String brand, String platform, String channelAccountId,
            String action, String method,
            @Schema(description = "the full address, query included; a credential in it (Telegram's bot token) "
                    + "reads REDACTED") String url,
            @Schema(description = "every header the platform would receive; the credential reads REDACTED")
            Map<String, String> headers,
            String contentType,
            @Schema(description = "the body exactly as it would be sent (form or JSON); a credential in it (VK's "
                    + "access_token) reads REDACTED") String body,
            String requestedBy, Instant recordedAt,
            @Schema(description = "1, 2, …: the request's place among the action's requests (an image upload, then "
                    + "the post)") int step) {
        static RecordedRequest of(SandboxRequest r) {
            return new RecordedRequest(r.id, r.actionId, r.brand, r.platform, r.channelAccountId, r.action, r.method,
                    r.url, r.headerMap(), r.contentType, r.body, r.requestedBy, r.recordedAt, r.step);
        }
    }
}
