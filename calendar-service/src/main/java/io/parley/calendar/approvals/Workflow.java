package io.parley.calendar.approvals;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The approval of one variant in one round, and the rules that move it — a pure policy, no framework: ordered
 * steps, each active in turn; a step is done when {@code required} of its listed approvers have approved (any = 1,
 * all = every one listed, N of M), each approval by a different person covering a different listed approver (a
 * person matching two entries covers one); one request for changes ends the round; a skip (with a reason, by a
 * role the step allows) passes the step. An escalated step may also be decided by its {@code escalateTo}, whose
 * approval covers any entry. Who wrote or last changed the variant is checked by the caller (it knows the
 * variant), not here.
 */
public final class Workflow {

    public static final String WAITING = "waiting";
    public static final String ACTIVE = "active";
    public static final String APPROVED = "approved";
    public static final String SKIPPED = "skipped";
    public static final String CHANGES_REQUESTED = "changes_requested";

    public static final String APPROVE = "approve";
    public static final String REQUEST_CHANGES = "request_changes";

    /** Who skips a step when the catalogue does not say. */
    public static final List<String> DEFAULT_SKIPPABLE_BY = List.of("manager", "admin");

    private Workflow() {
    }

    @Schema(name = "Approver", description = "A user (by user name), a role, or an external reviewer (by e-mail "
            + "address, or any invited reviewer when the id is not an address)")
    public record Approver(@Schema(example = "role") String kind, @Schema(example = "approver") String id) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ApprovalDecision")
    public record Decision(@Schema(example = "approver1") String by, boolean byExternal,
            @Schema(description = "the review link's id, for an external reviewer") UUID reviewerId,
            @Schema(example = "approve") String decision, String comment, Instant at,
            @Schema(description = "the indexes of the step's approvers this person counts for") List<Integer> covers) {
    }

    @Schema(name = "ApprovalSkip")
    public record Skipped(String by, String reason, Instant at) {
    }

    /** One step as the catalogue's rule gives it (standards-service's approval-workflow answer). */
    public record StepTemplate(String name, List<Approver> approvers, int required, String remindAfter,
            String escalateAfter, List<Approver> escalateTo, List<String> skippableBy) {
    }

    @Schema(name = "ApprovalStep")
    public record Step(@Schema(example = "Marketing") String name, List<Approver> approvers,
            @Schema(description = "how many of the approvers must approve (any = 1, all = every one)") int required,
            @Schema(description = "waiting, active, approved, skipped or changes_requested") String state,
            Instant activeSince,
            @Schema(description = "ISO-8601 duration after which the approvers are reminded", example = "PT4H")
            String remindAfter,
            @Schema(description = "ISO-8601 duration after which the step escalates", example = "PT8H")
            String escalateAfter,
            List<Approver> escalateTo, List<String> skippableBy, List<Decision> decisions, Skipped skipped,
            @Schema(description = "the step escalated: escalateTo may decide too") boolean escalated,
            @Schema(description = "its approvers were reminded") boolean reminded) {

        Step with(String newState, Instant newActiveSince, List<Decision> newDecisions, Skipped newSkipped,
                boolean newEscalated, boolean newReminded) {
            return new Step(name, approvers, required, newState, newActiveSince, remindAfter, escalateAfter,
                    escalateTo, skippableBy, newDecisions, newSkipped, newEscalated, newReminded);
        }
    }

    @Schema(name = "Approval", description = "A variant's approval in the current round")
    public record Approval(@Schema(description = "the catalogue rule's index (section 1), null when none applies")
            Integer rule, List<Step> steps,
            @Schema(description = "the active step's index; null when none is active") Integer currentStep,
            @Schema(description = "1 for the first submission, one more for each new round") int round) {

        public Step active() {
            return currentStep == null ? null : steps.get(currentStep);
        }

        /** Every step approved or skipped (true for no steps at all). */
        public boolean complete() {
            return steps.stream().allMatch(s -> s.state().equals(APPROVED) || s.state().equals(SKIPPED));
        }
    }

    /** Who acts: a signed-in user with their roles, or an external reviewer through a review link. */
    public record Actor(String user, Set<String> roles, boolean external, String reviewerEmail, UUID reviewerId) {
        public static Actor user(String user, Set<String> roles) {
            return new Actor(user, roles, false, null, null);
        }

        public static Actor reviewer(String name, String email, UUID reviewerId) {
            return new Actor(name, Set.of(), true, email, reviewerId);
        }
    }

    public enum Result { PENDING, STEP_DONE, APPROVED, CHANGES_REQUESTED }

    /** What a decision or skip did: the approval after it, and the step activated by it (or null). */
    public record Outcome(Approval approval, Result result, Integer activatedStep) {
    }

    /** A new round: the first step active (from {@code now}), the others waiting; no steps: complete at once. */
    public static Approval start(Integer rule, List<StepTemplate> templates, int round, Instant now) {
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < templates.size(); i++) {
            StepTemplate t = templates.get(i);
            int required = Math.max(1, Math.min(t.required(), Math.max(1, t.approvers().size())));
            steps.add(new Step(t.name() == null || t.name().isBlank() ? "Step " + (i + 1) : t.name(),
                    List.copyOf(t.approvers()), required, i == 0 ? ACTIVE : WAITING, i == 0 ? now : null,
                    t.remindAfter(), t.escalateAfter(), t.escalateTo() == null ? List.of() : List.copyOf(t.escalateTo()),
                    t.skippableBy() == null || t.skippableBy().isEmpty() ? DEFAULT_SKIPPABLE_BY
                            : List.copyOf(t.skippableBy()), List.of(), null, false, false));
        }
        return new Approval(rule, steps, steps.isEmpty() ? null : 0, round);
    }

    /** The indexes of the step's approvers the actor matches; every index when the step escalated to them. */
    public static List<Integer> covers(Step step, Actor actor) {
        List<Integer> covered = new ArrayList<>();
        for (int i = 0; i < step.approvers().size(); i++) {
            if (matches(step.approvers().get(i), actor)) {
                covered.add(i);
            }
        }
        if (covered.isEmpty() && step.escalated() && step.escalateTo().stream().anyMatch(a -> matches(a, actor))) {
            for (int i = 0; i < step.approvers().size(); i++) {
                covered.add(i);
            }
        }
        return covered;
    }

    /** Whether the actor may decide on the step: one of its approvers (or its escalateTo once escalated). */
    public static boolean mayDecide(Step step, Actor actor) {
        return !covers(step, actor).isEmpty();
    }

    static boolean matches(Approver approver, Actor actor) {
        String kind = approver.kind() == null ? "" : approver.kind().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "user" -> !actor.external() && approver.id().equals(actor.user());
            case "role" -> !actor.external() && actor.roles().contains(approver.id());
            case "external" -> actor.external() && (!approver.id().contains("@")
                    || approver.id().equalsIgnoreCase(actor.reviewerEmail()));
            default -> false;
        };
    }

    /** Records a decision on the active step; 403 for someone not its approver, 409 for a second decision. */
    public static Outcome decide(Approval approval, Actor actor, String decision, String comment, Instant now) {
        Step step = approval.active();
        if (step == null) {
            throw ProblemException.conflict("the variant has no step waiting for a decision");
        }
        List<Integer> covers = covers(step, actor);
        if (covers.isEmpty()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "you are not an approver of the active step '"
                    + step.name() + "'");
        }
        if (step.decisions().stream().anyMatch(d -> d.by().equals(actor.user()) && d.byExternal() == actor.external())) {
            throw ProblemException.conflict("you have already decided on step '" + step.name() + "' in this round");
        }
        List<Decision> decisions = new ArrayList<>(step.decisions());
        decisions.add(new Decision(actor.user(), actor.external(), actor.reviewerId(), decision, comment, now, covers));
        List<Step> steps = new ArrayList<>(approval.steps());
        int index = approval.currentStep();
        if (REQUEST_CHANGES.equals(decision)) {
            steps.set(index, step.with(CHANGES_REQUESTED, step.activeSince(), decisions, null, step.escalated(),
                    step.reminded()));
            return new Outcome(new Approval(approval.rule(), steps, null, approval.round()), Result.CHANGES_REQUESTED,
                    null);
        }
        Step decided = step.with(ACTIVE, step.activeSince(), decisions, null, step.escalated(), step.reminded());
        if (approvals(decided) < decided.required()) {
            steps.set(index, decided);
            return new Outcome(new Approval(approval.rule(), steps, index, approval.round()), Result.PENDING, null);
        }
        steps.set(index, decided.with(APPROVED, step.activeSince(), decisions, null, step.escalated(), step.reminded()));
        return advance(approval, steps, index, now);
    }

    /** Skips the active step with a reason; 403 unless the actor has one of the step's skippableBy roles. */
    public static Outcome skip(Approval approval, Actor actor, String reason, Instant now) {
        Step step = approval.active();
        if (step == null) {
            throw ProblemException.conflict("the variant has no active step to skip");
        }
        if (actor.external() || step.skippableBy().stream().noneMatch(actor.roles()::contains)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only " + String.join(", ", step.skippableBy())
                    + " may skip step '" + step.name() + "'");
        }
        List<Step> steps = new ArrayList<>(approval.steps());
        steps.set(approval.currentStep(), step.with(SKIPPED, step.activeSince(), step.decisions(),
                new Skipped(actor.user(), reason, now), step.escalated(), step.reminded()));
        return advance(approval, steps, approval.currentStep(), now);
    }

    /** Marks the active step reminded or escalated (the scanner's doing). */
    public static Approval mark(Approval approval, boolean reminded, boolean escalated) {
        Step step = approval.active();
        List<Step> steps = new ArrayList<>(approval.steps());
        steps.set(approval.currentStep(), step.with(step.state(), step.activeSince(), step.decisions(), step.skipped(),
                step.escalated() || escalated, step.reminded() || reminded));
        return new Approval(approval.rule(), steps, approval.currentStep(), approval.round());
    }

    /** When the active step's reminder and escalation are due (null: none, or already sent). */
    public static Instant remindAt(Approval approval) {
        Step s = approval == null ? null : approval.active();
        return s == null || s.reminded() ? null : plus(s.activeSince(), s.remindAfter());
    }

    public static Instant escalateAt(Approval approval) {
        Step s = approval == null ? null : approval.active();
        return s == null || s.escalated() ? null : plus(s.activeSince(), s.escalateAfter());
    }

    private static Instant plus(Instant since, String duration) {
        if (since == null || duration == null || duration.isBlank()) {
            return null;
        }
        try {
            return since.plus(Duration.parse(duration));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Outcome advance(Approval approval, List<Step> steps, int done, Instant now) {
        int next = done + 1;
        if (next >= steps.size()) {
            return new Outcome(new Approval(approval.rule(), steps, null, approval.round()), Result.APPROVED, null);
        }
        Step n = steps.get(next);
        steps.set(next, n.with(ACTIVE, now, n.decisions(), null, false, false));
        return new Outcome(new Approval(approval.rule(), steps, next, approval.round()), Result.STEP_DONE, next);
    }

    /**
     * How many listed approvers the step's approvals cover, each person counting for one entry at most and each
     * entry once: the largest matching of approving people to entries (tiny graphs: augmenting paths).
     */
    static int approvals(Step step) {
        List<List<Integer>> people = step.decisions().stream().filter(d -> APPROVE.equals(d.decision()))
                .map(d -> d.covers() == null ? List.<Integer>of() : d.covers()).toList();
        int[] entryTakenBy = new int[step.approvers().size()];
        Arrays.fill(entryTakenBy, -1);
        int matched = 0;
        for (int p = 0; p < people.size(); p++) {
            if (augment(p, people, entryTakenBy, new boolean[entryTakenBy.length])) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(int person, List<List<Integer>> people, int[] entryTakenBy, boolean[] seen) {
        for (int entry : people.get(person)) {
            if (entry < 0 || entry >= entryTakenBy.length || seen[entry]) {
                continue;
            }
            seen[entry] = true;
            if (entryTakenBy[entry] < 0 || augment(entryTakenBy[entry], people, entryTakenBy, seen)) {
                entryTakenBy[entry] = person;
                return true;
            }
        }
        return false;
    }
}
