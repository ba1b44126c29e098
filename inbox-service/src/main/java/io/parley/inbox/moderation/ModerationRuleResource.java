package io.parley.inbox.moderation;

import io.parley.inbox.api.Examples;
import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.security.BrandAccess;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The brand's moderation rule: auto-hide comments classified abusive. */
@Path("/api/v1/brands/{brand}/moderation-rule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Moderation")
public class ModerationRuleResource {

    @Inject
    ModerationService moderation;

    @Inject
    BrandAccess access;

    @Schema(name = "ModerationRule")
    public record RuleView(@Schema(example = "acme") String brand,
            @Schema(description = "hide comments classified abusive as they arrive (networks that can hide)")
            boolean autoHideAbusive, String updatedBy, Instant updatedAt) {
    }

    @Schema(name = "ModerationRuleRequest")
    public record RuleRequest(@NotNull @Schema(required = true, example = "true") Boolean autoHideAbusive) {
    }

    @GET
    @RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "The brand's auto-hide rule", description = "Off until a manager turns it on.")
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "403", description = "Not an agent, manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleView rule(@PathParam("brand") String brand) {
        return moderation.rule(brand).map(r -> new RuleView(r.brand, r.autoHideAbusive, r.updatedBy, r.updatedAt))
                .orElse(new RuleView(brand, false, null, null));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Turn the auto-hide rule on or off",
            description = "When on, a comment enrichment classified abusive (interaction.abusive) is hidden as it "
                    + "arrives, with reason abusive by 'rule:auto-hide-abusive' (audit trail), on networks that can "
                    + "hide; direct messages are never hidden. An agent can unhide it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = RuleRequest.class)))
    @APIResponse(responseCode = "200", description = "The rule", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleView.class)))
    @APIResponse(responseCode = "400", description = "Missing autoHideAbusive",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a manager or admin",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RuleView setRule(@PathParam("brand") String brand, @Valid @NotNull RuleRequest request) {
        ModerationRule r = moderation.setRule(brand, request.autoHideAbusive(), access.userName());
        return new RuleView(r.brand, r.autoHideAbusive, r.updatedBy, r.updatedAt);
    }
}
