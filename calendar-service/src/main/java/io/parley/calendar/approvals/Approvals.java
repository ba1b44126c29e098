package io.parley.calendar.approvals;

import io.parley.calendar.audit.Audit;
import io.parley.calendar.standards.Finding;
import io.parley.calendar.standards.Standards;
import io.parley.calendar.stories.Json;
import io.parley.calendar.stories.PostsTopic;
import io.parley.calendar.stories.Story;
import io.parley.calendar.stories.StoryService;
import io.parley.calendar.stories.Variant;
import io.parley.calendar.stories.VariantChecks;
import io.parley.calendar.stories.VariantStatus;
import io.parley.contracts.Platform;
import io.parley.contracts.posts.ApprovalDecided;
import io.parley.contracts.posts.ApprovalRequested;
import io.parley.contracts.posts.ApprovalStepSkipped;
import io.parley.contracts.posts.ApproverRef;
import io.parley.contracts.posts.FindingOverridden;
import io.parley.contracts.posts.VariantApproved;
import io.parley.contracts.posts.VariantCancelled;
import io.parley.contracts.posts.VariantChangesRequested;
import io.parley.contracts.posts.VariantReviewReset;
import io.parley.contracts.posts.VariantSubmitted;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The approval of variants: submission (the standards gate, then the workflow section 1 of the catalogue gives
 * the variant), decisions and skips by the rules of {@link Workflow}, cancellation, and a new round when the
 * content of a variant under approval changes. Nobody approves a variant they wrote or last changed. Every step is
 * audited and announced on {@code parley.posts.v1}.
 */
@ApplicationScoped
public class Approvals {

    /** Roles that may override a blocking finding (with a reason). */
    public static final Set<String> OVERRIDERS = Set.of("approver", "manager", "admin");

    @Inject
    Clock clock;

    @Inject
    Standards standards;

    @Inject
    VariantChecks checks;

    @Inject
    PostsTopic topic;

    @Inject
    Audit audit;

    @Inject
    Instance<StoryService> stories;

    @Inject
    Instance<io.parley.calendar.publishing.Corrections> corrections;

    @Schema(name = "FindingOverrideRequest", description = "An approver's override of a blocking finding")
    public record OverrideRequest(@Schema(example = "pl-darmowy") String code,
            @Schema(example = "'darmowy zwrot' is our returns policy") String reason) {
    }

    /** Submits a draft (or a variant changes were asked for): checks, then the first step of a new round. */
    @Transactional
    public Variant submit(String brand, UUID storyId, UUID variantId, List<OverrideRequest> overrides,
            Workflow.Actor actor) {
        Variant v = stories.get().variant(brand, storyId, variantId);
        if (!VariantStatus.DRAFT.equals(v.status) && !VariantStatus.CHANGES_REQUESTED.equals(v.status)) {
            throw ProblemException.conflict("variant " + variantId + " is " + v.status
                    + "; only a draft or a variant changes were requested for can be submitted");
        }
        Instant now = clock.instant();
        if (v.scheduledFor != null && !v.scheduledFor.isAfter(now)) {
            throw StoryService.unprocessable(List.of(new io.parley.platform.problem.Problem.FieldError("scheduledFor",
                    v.scheduledFor + " is in the past; reschedule it first")));
        }
        override(v, overrides, actor, now);
        gate(v);
        v.round++;
        Workflow.Approval approval = standards.workflow(brand, v.platform, v.contentType, v.riskLevel, v.round, now);
        v.version++;
        v.reviewedVersion = v.version;
        v.updatedAt = now;
        topic.publish(brand, storyId, new VariantSubmitted(storyId, v.id, Platform.fromId(v.platform), v.version,
                v.round, actor.user(), approval.steps().size(), approval.rule()), now);
        audit.record(storyId, v.id, actor, "submitted", Map.of("round", v.round, "version", v.version,
                "steps", approval.steps().size()), now);
        begin(v, approval, now);
        stories.get().snapshot(v, actor.user(), now);
        return v;
    }

    /**
     * The content of a variant in review or approved changed (the variant already carries the change): a new
     * round starts, after the checks pass; approvers get the diff from the version they reviewed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void contentChanged(Variant v, int fromVersion, List<String> fields, Workflow.Actor actor, Instant now) {
        gate(v);
        int reviewed = v.reviewedVersion == null ? fromVersion : v.reviewedVersion;
        v.round++;
        Workflow.Approval approval = standards.workflow(v.brand, v.platform, v.contentType, v.riskLevel, v.round, now);
        v.reviewedVersion = v.version;
        topic.publish(v.brand, v.storyId, new VariantReviewReset(v.storyId, v.id, v.round, reviewed, v.version,
                actor.user(), fields), now);
        audit.record(v.storyId, v.id, actor, "review-reset", Map.of("round", v.round, "fromVersion", reviewed,
                "toVersion", v.version, "fields", fields), now);
        begin(v, approval, now);
    }

    /** A decision on the active step by a signed-in approver or an external reviewer. */
    @Transactional
    public Variant decide(String brand, UUID storyId, UUID variantId, String decision, String comment,
            List<OverrideRequest> overrides, Workflow.Actor actor) {
        Variant v = stories.get().variant(brand, storyId, variantId);
        return decide(v, decision, comment, overrides, actor);
    }

    @Transactional
    public Variant decide(Variant given, String decision, String comment, List<OverrideRequest> overrides,
            Workflow.Actor actor) {
        Variant v = Variant.findById(given.id); // managed in this transaction, whoever loaded it
        if (!Workflow.APPROVE.equals(decision) && !Workflow.REQUEST_CHANGES.equals(decision)) {
            throw ProblemException.invalid("decision", "must be approve or request_changes");
        }
        if (Workflow.REQUEST_CHANGES.equals(decision) && (comment == null || comment.isBlank())) {
            throw ProblemException.invalid("comment", "say what should change");
        }
        if (!VariantStatus.IN_REVIEW.equals(v.status)) {
            throw ProblemException.conflict("variant " + v.id + " is " + v.status + ", not in review");
        }
        if (!actor.external() && (actor.user().equals(v.author) || actor.user().equals(v.lastEditor))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "you wrote or last changed this variant; someone else "
                    + "approves it");
        }
        Instant now = clock.instant();
        Workflow.Approval approval = approval(v);
        int stepIndex = approval.currentStep() == null ? -1 : approval.currentStep();
        Workflow.Outcome outcome = Workflow.decide(approval, actor, decision, comment, now);
        if (overrides != null && !overrides.isEmpty()) {
            override(v, overrides, actor, now);
            v.findings = Json.write(applyOverrides(VariantChecks.findings(v), VariantChecks.overrides(v)));
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("round", v.round);
        detail.put("step", stepIndex);
        detail.put("decision", decision);
        detail.put("comment", comment == null ? "" : comment);
        audit.record(v.storyId, v.id, actor, "decision", detail, now);
        topic.publish(v.brand, v.storyId, new ApprovalDecided(v.storyId, v.id, v.round, stepIndex, actor.user(),
                actor.external(), actor.reviewerId(), decision, comment), now);
        apply(v, outcome, actor, comment, stepIndex, now);
        return v;
    }

    /** Skips the active step with a reason (the step's skippableBy roles; default manager, admin). */
    @Transactional
    public Variant skip(String brand, UUID storyId, UUID variantId, String reason, Workflow.Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required: say why the step is skipped");
        }
        Variant v = stories.get().variant(brand, storyId, variantId);
        if (!VariantStatus.IN_REVIEW.equals(v.status)) {
            throw ProblemException.conflict("variant " + variantId + " is " + v.status + ", not in review");
        }
        Instant now = clock.instant();
        Workflow.Approval approval = approval(v);
        int stepIndex = approval.currentStep() == null ? -1 : approval.currentStep();
        Workflow.Outcome outcome = Workflow.skip(approval, actor, reason, now);
        Workflow.Step step = approval.steps().get(stepIndex);
        audit.record(v.storyId, v.id, actor, "step-skipped", Map.of("round", v.round, "step", stepIndex,
                "stepName", step.name(), "reason", reason), now);
        topic.publish(v.brand, v.storyId, new ApprovalStepSkipped(v.storyId, v.id, v.round, stepIndex, step.name(),
                actor.user(), reason), now);
        apply(v, outcome, actor, null, stepIndex, now);
        return v;
    }

    @Transactional
    public Variant cancel(String brand, UUID storyId, UUID variantId, String reason, Workflow.Actor actor) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required: say why it is cancelled");
        }
        Variant v = stories.get().variant(brand, storyId, variantId);
        if (VariantStatus.CANCELLED.equals(v.status)) {
            throw ProblemException.conflict("variant " + variantId + " is already cancelled");
        }
        if (VariantStatus.OUT.contains(v.status)) {
            throw ProblemException.conflict("variant " + variantId + " is " + v.status + "; a post that went out is "
                    + "corrected or deleted, not cancelled");
        }
        Instant now = clock.instant();
        v.status = VariantStatus.CANCELLED;
        v.remindAt = null;
        v.escalateAt = null;
        v.version++;
        v.updatedAt = now;
        stories.get().snapshot(v, actor.user(), now);
        audit.record(storyId, v.id, actor, "cancelled", Map.of("reason", reason), now);
        topic.publish(brand, storyId, new VariantCancelled(storyId, v.id, actor.user(), reason), now);
        return v;
    }

    public static Workflow.Approval approval(Variant v) {
        return Json.read(v.approval, Workflow.Approval.class);
    }

    /** Runs the checks; blocking findings not overridden stop it (422 with the findings). */
    private void gate(Variant v) {
        List<Finding> findings = checks.check(v);
        v.findings = Json.write(findings);
        if (!Finding.blocking(findings).isEmpty()) {
            throw Finding.blocked(findings);
        }
    }

    private void override(Variant v, List<OverrideRequest> overrides, Workflow.Actor actor, Instant now) {
        if (overrides == null || overrides.isEmpty()) {
            return;
        }
        if (actor.external() || actor.roles().stream().noneMatch(OVERRIDERS::contains)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only approvers, managers and admins override findings");
        }
        Map<String, Finding.Override> recorded = VariantChecks.overrides(v);
        for (int i = 0; i < overrides.size(); i++) {
            OverrideRequest o = overrides.get(i);
            if (o == null || o.code() == null || o.code().isBlank()) {
                throw ProblemException.invalid("overrides[" + i + "].code", "is required");
            }
            if (o.reason() == null || o.reason().isBlank()) {
                throw ProblemException.invalid("overrides[" + i + "].reason", "is required: say why it may go out");
            }
            recorded.put(o.code(), new Finding.Override(actor.user(), o.reason(), now));
            audit.record(v.storyId, v.id, actor, "finding-overridden", Map.of("code", o.code(), "reason", o.reason()),
                    now);
            topic.publish(v.brand, v.storyId, new FindingOverridden(v.storyId, v.id, o.code(), actor.user(),
                    o.reason()), now);
        }
        v.overrides = Json.write(recorded);
    }

    private static List<Finding> applyOverrides(List<Finding> findings, Map<String, Finding.Override> overrides) {
        return findings.stream().map(f -> f.overridden() == null && overrides.containsKey(f.code())
                ? f.overriddenBy(overrides.get(f.code())) : f).toList();
    }

    /** Starts a round: the first step asked, or approved at once when no step is required. */
    private void begin(Variant v, Workflow.Approval approval, Instant now) {
        store(v, approval);
        if (approval.complete()) {
            approved(v, now);
            return;
        }
        v.status = VariantStatus.IN_REVIEW;
        requested(v, approval, now);
    }

    private void apply(Variant v, Workflow.Outcome outcome, Workflow.Actor actor, String comment, int stepIndex,
            Instant now) {
        store(v, outcome.approval());
        switch (outcome.result()) {
            case PENDING -> {
            }
            case STEP_DONE -> requested(v, outcome.approval(), now);
            case APPROVED -> {
                approved(v, now);
                bump(v, actor, now);
            }
            case CHANGES_REQUESTED -> {
                v.status = VariantStatus.CHANGES_REQUESTED;
                topic.publish(v.brand, v.storyId, new VariantChangesRequested(v.storyId, v.id, v.round, stepIndex,
                        actor.user(), actor.external(), comment), now);
                bump(v, actor, now);
            }
        }
    }

    private void bump(Variant v, Workflow.Actor actor, Instant now) {
        v.version++;
        v.updatedAt = now;
        stories.get().snapshot(v, actor.user(), now);
    }

    private void approved(Variant v, Instant now) {
        v.status = VariantStatus.approvedOrScheduled(v);
        v.remindAt = null;
        v.escalateAt = null;
        topic.publish(v.brand, v.storyId, new VariantApproved(v.storyId, v.id, v.round, v.version, v.status,
                v.scheduledFor), now);
        if (v.correctionOf != null) {
            corrections.get().approved(v, now); // an approved correction goes out at once
        }
    }

    private void requested(Variant v, Workflow.Approval approval, Instant now) {
        Workflow.Step step = approval.active();
        topic.publish(v.brand, v.storyId, new ApprovalRequested(v.storyId, v.id, v.round, approval.currentStep(),
                step.name(), refs(step.approvers()), step.required()), now);
    }

    /** Stores the approval and the scanner's next moments for its active step. */
    static void store(Variant v, Workflow.Approval approval) {
        v.approval = Json.write(approval);
        v.remindAt = Workflow.remindAt(approval);
        v.escalateAt = Workflow.escalateAt(approval);
    }

    static List<ApproverRef> refs(List<Workflow.Approver> approvers) {
        return approvers.stream().map(a -> new ApproverRef(a.kind(), a.id())).toList();
    }

    /** The story a variant belongs to (for callers that hold only the variant). */
    static Story story(Variant v) {
        return Story.findById(v.storyId);
    }
}
