package io.parley.calendar.approvals;

import io.parley.calendar.api.Examples;
import io.parley.calendar.stories.Caller;
import io.parley.calendar.stories.StoryApi;
import io.parley.calendar.stories.StoryViews;
import io.parley.calendar.stories.Variant;
import io.parley.platform.problem.BlockedByStandards;
import io.parley.platform.problem.Problem;
import io.parley.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import java.util.List;
import java.util.UUID;

/** A variant through its approval: submitted, decided on, a step skipped, or cancelled. */
@Path("/api/v1/brands/{brand}/stories/{id}/variants/{variantId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Approval", description = "Submission, decisions, skipped steps, cancellation")
public class VariantActionsResource {

    @Inject
    Approvals approvals;

    @Inject
    StoryViews views;

    @Inject
    Caller caller;

    @Schema(name = "Submission", description = "Optional: overrides of blocking findings (approvers, managers, admins)")
    public record Submission(List<Approvals.OverrideRequest> overrides) {
    }

    @Schema(name = "DecisionRequest")
    public record DecisionRequest(@Schema(required = true, description = "approve or request_changes",
            example = "approve") String decision,
            @Schema(description = "required when requesting changes") String comment,
            @Schema(description = "overrides of blocking findings, each with its reason")
            List<Approvals.OverrideRequest> overrides) {
    }

    @Schema(name = "ReasonRequest")
    public record ReasonRequest(@Schema(required = true) String reason) {
    }

    @POST
    @Path("/submit")
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Submit a variant for approval",
            description = "From draft or changes_requested. The checks run again: a blocking finding not overridden is "
                    + "422 with the findings; an approver may send overrides (code and reason, recorded, "
                    + "parley.finding.overridden.v1). Then the catalogue's workflow for the variant (channel, content "
                    + "type, risk level) starts a new round: in_review with its first step asked "
                    + "(parley.variant.submitted.v1, parley.approval.requested.v1), or approved at once when no step is "
                    + "required (scheduled when it has a time).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = Submission.class),
            examples = @ExampleObject(name = "with an override", value = Examples.SUBMIT)))
    @APIResponse(responseCode = "200", description = "The variant in review", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VariantView.class),
            examples = @ExampleObject(name = "in review", value = Examples.VARIANT)))
    @APIResponse(responseCode = "409", description = "Not a draft nor sent back for changes", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "in review already", value = Examples.NOT_IN_REVIEW)))
    @APIResponse(responseCode = "422", description = "Blocking findings (listed in findings), or a past schedule",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = BlockedByStandards.Body.class),
                    examples = @ExampleObject(name = "blocked", value = Examples.BLOCKED)))
    @APIResponse(responseCode = "503", description = "standards-service did not answer", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "down", value = Examples.UNAVAILABLE)))
    public StoryApi.VariantView submit(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId, Submission body) {
        Variant v = approvals.submit(brand, id, variantId, body == null ? List.of() : body.overrides(),
                caller.actor());
        return views.variant(v);
    }

    @POST
    @Path("/decisions")
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Approve, or request changes on, the active step",
            description = "403 when the caller wrote or last changed the variant, or is not an approver of the active "
                    + "step (a user, a role, or the step's escalateTo once escalated); 409 when already decided. A step "
                    + "is done when its required number of listed approvers approved; the next is then asked; the last "
                    + "makes the variant approved (scheduled with a time). request_changes (with a comment) sends it "
                    + "back. Every decision: parley.approval.decided.v1, and audited.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DecisionRequest.class),
            examples = @ExampleObject(name = "approve", value = Examples.DECISION)))
    @APIResponse(responseCode = "200", description = "The variant", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VariantView.class),
            examples = @ExampleObject(name = "variant", value = Examples.VARIANT)))
    @APIResponse(responseCode = "400", description = "Unknown decision, no comment on request_changes",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad", value = Examples.INVALID_STORY)))
    @APIResponse(responseCode = "403", description = "Own variant, or not an approver of the step", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "own variant", value = Examples.OWN_VARIANT)))
    @APIResponse(responseCode = "409", description = "Not in review, or already decided", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not in review", value = Examples.NOT_IN_REVIEW)))
    public StoryApi.VariantView decide(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId, DecisionRequest body) {
        if (body == null) {
            throw io.parley.platform.problem.ProblemException.invalid("decision", "is required");
        }
        Variant v = approvals.decide(brand, id, variantId, body.decision(), body.comment(),
                body.overrides(), caller.actor());
        return views.variant(v);
    }

    @POST
    @Path("/skip-step")
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Skip the active approval step, with a reason",
            description = "Only the step's skippableBy roles (default manager, admin); the reason is recorded "
                    + "(parley.approval.step-skipped.v1). The next step is asked, or the variant approved.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "reason", value = Examples.REASON)))
    @APIResponse(responseCode = "200", description = "The variant", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VariantView.class),
            examples = @ExampleObject(name = "variant", value = Examples.VARIANT)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no reason", value = Examples.INVALID_STORY)))
    @APIResponse(responseCode = "409", description = "Not in review", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "not in review", value = Examples.NOT_IN_REVIEW)))
    public StoryApi.VariantView skip(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId, ReasonRequest body) {
        Variant v = approvals.skip(brand, id, variantId, body == null ? null : body.reason(),
                caller.actor());
        return views.variant(v);
    }

    @POST
    @Path("/cancel")
    @RolesAllowed({Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN})
    @Operation(summary = "Cancel a variant, with a reason", description = "It never publishes "
            + "(parley.variant.cancelled.v1).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReasonRequest.class),
            examples = @ExampleObject(name = "reason", value = Examples.REASON)))
    @APIResponse(responseCode = "200", description = "The variant", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StoryApi.VariantView.class),
            examples = @ExampleObject(name = "variant", value = Examples.VARIANT)))
    @APIResponse(responseCode = "400", description = "No reason", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no reason", value = Examples.INVALID_STORY)))
    @APIResponse(responseCode = "409", description = "Already cancelled", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "cancelled", value = Examples.NOT_IN_REVIEW)))
    public StoryApi.VariantView cancel(@Parameter(example = "acme") @PathParam("brand") String brand,
            @PathParam("id") UUID id, @PathParam("variantId") UUID variantId, ReasonRequest body) {
        Variant v = approvals.cancel(brand, id, variantId, body == null ? null : body.reason(),
                caller.actor());
        return views.variant(v);
    }
}
