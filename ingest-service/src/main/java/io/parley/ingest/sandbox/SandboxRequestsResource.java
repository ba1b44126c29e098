package io.parley.ingest.sandbox;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
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
@Path("/api/v1/sandbox/requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sandbox", description = "Platform requests recorded for sandbox channel accounts instead of being sent")
public class SandboxRequestsResource {

    @Inject
    BrandAccess access;

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "List recorded platform requests",
            description = "Newest first (one action's in the order sent). Each is the exact request the platform would "
                    + "have received from the live connector — method, address, headers and body — with the credential "
                    + "replaced by REDACTED; an image upload's bytes are described, not stored.")
    @APIResponse(responseCode = "200", description = "The recorded requests")
    @APIResponse(responseCode = "400", description = "Invalid limit or action id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecordedRequests list(
            @Parameter(description = "the brand", required = true, example = "acme") @QueryParam("brand") String brand,
            @Parameter(description = "only the request of this outbound action") @QueryParam("actionId") String actionId,
            @Parameter(description = "at most this many, 1 to 500") @QueryParam("limit") @DefaultValue("50") int limit) {
        access.require(brand);
        if (limit < 1 || limit > 500) {
            throw ProblemException.invalid("limit", "must be between 1 and 500");
        }
        List<SandboxRequest> found;
        if (actionId != null) {
            UUID action;
            try {
                action = UUID.fromString(actionId);
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid("actionId", "must be a UUID");
            }
            found = SandboxRequest.list("brand = :brand and actionId = :action", Sort.ascending("step"),
                    Parameters.with("brand", brand).and("action", action));
        } else {
            found = SandboxRequest.find("brand", Sort.descending("recordedAt"), brand).page(0, limit).list();
        }
        return new RecordedRequests(found.stream().map(RecordedRequest::of).toList());
    }

    @Schema(name = "RecordedRequests")
    public record RecordedRequests(List<RecordedRequest> items) {
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
