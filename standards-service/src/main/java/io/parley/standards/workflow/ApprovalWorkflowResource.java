package io.parley.standards.workflow;

import io.parley.platform.problem.Problem;
import io.parley.platform.security.Roles;
import io.parley.standards.api.Examples;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Section 1 of the catalogue applied to one post: the approval steps it must pass. A POST because it is a
 * question about a draft, like the checks; it changes nothing.
 */
@Path("/api/v1/brands/{brand}/standards/approval-workflow")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Standards catalogue", description = "The brand's nine standards, versioned")
public class ApprovalWorkflowResource {

    @Inject
    ApprovalWorkflowService workflows;


    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.AGENT, Roles.EDITOR, Roles.APPROVER, Roles.MANAGER, Roles.ADMIN, Roles.INTEGRATOR})
    @Operation(summary = "The approval workflow of a post",
            description = "The rule of section 1 (approvers) in force that fits a post on the channel with the content "
                    + "type and risk level, as ordered steps. On a channel with its own section 1 (override) only its "
                    + "rules count. Rules for the post's own risk level are tried first, in catalogue order, then "
                    + "those for each higher level: a rule covers its level and the lower ones. A rule written "
                    + "without steps (approvers, required, order) reads as steps: order any is one step needing "
                    + "required of its approvers, sequential one step per approver in order. No rule fits, or the "
                    + "rule has no steps: steps is empty and there is nothing to approve. Every role of the brand "
                    + "may ask; services call it with the user's token passed on.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ApprovalWorkflowApi.Request.class),
            examples = @ExampleObject(name = "a Facebook post", value = Examples.APPROVAL_WORKFLOW_REQUEST)))
    @APIResponse(responseCode = "200", description = "The steps, in order", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApprovalWorkflowApi.Workflow.class),
            examples = {@ExampleObject(name = "two steps", value = Examples.APPROVAL_WORKFLOW),
                    @ExampleObject(name = "no rule fits", value = Examples.APPROVAL_WORKFLOW_NONE)}))
    @APIResponse(responseCode = "400", description = "channel missing or unknown, an unknown content type or risk level",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad fields", value = Examples.INVALID_WORKFLOW_REQUEST)))
    @APIResponse(responseCode = "403", description = "The caller has no Parley role", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "no role", value = Examples.FORBIDDEN)))
    @APIResponse(responseCode = "404", description = "Not one of the caller's brands", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "other brand", value = Examples.BRAND_NOT_FOUND)))
    public ApprovalWorkflowApi.Workflow workflow(@Parameter(example = "acme") @PathParam("brand") String brand,
            ApprovalWorkflowApi.Request request) {
        return workflows.workflow(brand, request);
    }
}
