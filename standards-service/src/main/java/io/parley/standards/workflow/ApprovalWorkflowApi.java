package io.parley.standards.workflow;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.standards.catalogue.Catalogue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** The API shapes of {@code POST /api/v1/brands/{brand}/standards/approval-workflow}, and the mapping to them. */
public final class ApprovalWorkflowApi {

    private ApprovalWorkflowApi() {
    }

    @Schema(name = "ApprovalWorkflowRequest", description = "The post a workflow is wanted for")
    public record Request(
            @Schema(required = true, description = "the channel id (platform) the post goes to", example = "facebook")
            String channel,
            @Schema(description = "post, story, reel, video, article (also reply, ad); absent: post", example = "post")
            String contentType,
            @Schema(description = "low, normal or high; absent: normal", example = "normal") String riskLevel) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ApprovalWorkflow", description = "The steps a post must pass before it may go out")
    public record Workflow(
            @Schema(example = "acme") String brand,
            @Schema(description = "the catalogue version the rule was taken from", example = "7") long catalogueVersion,
            @Schema(description = "the index of the rule that applied in its section's rules; null when none fits",
                    example = "1", nullable = true) Integer rule,
            @Schema(description = "the rule's JSON path in the catalogue (an override's rules when the channel has "
                    + "its own section 1); null when none fits", example = "approvers.rules[1]", nullable = true)
            String path,
            @Schema(description = "in order; empty: nothing to approve (submitting approves at once)") List<Step> steps) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "ApprovalWorkflowStep", description = "One step: required of its approvers must approve")
    public record Step(
            @Schema(example = "Brand review") String name,
            List<Catalogue.Approver> approvers,
            @Schema(description = "1 (any) to the number of approvers (all)", example = "1") int required,
            @Schema(description = "ISO-8601 duration after which the waiting step reminds its approvers",
                    example = "PT4H", nullable = true) String remindAfter,
            @Schema(description = "ISO-8601 duration after which it escalates to escalateTo", example = "PT8H",
                    nullable = true) String escalateAfter,
            List<Catalogue.Approver> escalateTo,
            @Schema(description = "roles that may skip the step with a reason", example = "[\"manager\"]")
            List<String> skippableBy) {

        static Step of(Catalogue.ApprovalStep s) {
            Catalogue.ApprovalStep n = s.normalised();
            return new Step(n.name(), n.approvers(), n.required() == null ? 1 : n.required(), n.remindAfter(),
                    n.escalateAfter(), n.escalateTo(), n.skippableBy());
        }
    }

    static Workflow of(String brand, long version, ApprovalWorkflows.Workflow w) {
        return new Workflow(brand, version, w.rule(), w.path(), w.steps().stream().map(Step::of).toList());
    }
}
