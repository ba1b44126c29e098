package io.parley.calendar.approvals;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The approval rules on their own: any, all, N of M, ordered steps, changes, skips, escalation, externals. */
class WorkflowTest {

    static final Instant T = Instant.parse("2026-12-01T10:00:00Z");
    static final Workflow.Actor APPROVER1 = Workflow.Actor.user("approver1", Set.of("approver", "editor"));
    static final Workflow.Actor MANAGER1 = Workflow.Actor.user("manager1", Set.of("manager", "agent", "approver"));
    static final Workflow.Actor ADMIN1 = Workflow.Actor.user("admin1", Set.of("admin", "manager", "approver"));
    static final Workflow.Actor EDITOR1 = Workflow.Actor.user("editor1", Set.of("editor"));

    static Workflow.Approver user(String id) {
        return new Workflow.Approver("user", id);
    }

    static Workflow.Approver role(String id) {
        return new Workflow.Approver("role", id);
    }

    static Workflow.StepTemplate step(String name, int required, Workflow.Approver... approvers) {
        return new Workflow.StepTemplate(name, List.of(approvers), required, null, null, null, null);
    }

    static Workflow.Approval start(Workflow.StepTemplate... steps) {
        return Workflow.start(0, List.of(steps), 1, T);
    }

    @Test
    void noStepsIsApprovedAtOnce() {
        Workflow.Approval a = Workflow.start(null, List.of(), 1, T);
        assertTrue(a.complete());
        assertNull(a.currentStep());
    }

    @Test
    void anyOfARoleIsOneApproval() {
        Workflow.Approval a = start(step("Marketing", 1, role("approver")));
        assertEquals(Workflow.ACTIVE, a.steps().get(0).state());
        assertEquals(T, a.steps().get(0).activeSince());
        ProblemException e = assertThrows(ProblemException.class, () -> Workflow.decide(a, EDITOR1, Workflow.APPROVE,
                "", T));
        assertEquals(ProblemType.FORBIDDEN, e.type());
        Workflow.Outcome o = Workflow.decide(a, APPROVER1, Workflow.APPROVE, "ok", T.plusSeconds(5));
        assertEquals(Workflow.Result.APPROVED, o.result());
        assertTrue(o.approval().complete());
        assertEquals("approver1", o.approval().steps().get(0).decisions().get(0).by());
    }

    @Test
    void allNeedsEveryListedPersonAndNobodyTwice() {
        Workflow.Approval a = start(step("Both", 2, user("approver1"), user("manager1")));
        Workflow.Outcome first = Workflow.decide(a, APPROVER1, Workflow.APPROVE, "", T);
        assertEquals(Workflow.Result.PENDING, first.result());
        assertEquals(ProblemType.CONFLICT, assertThrows(ProblemException.class,
                () -> Workflow.decide(first.approval(), APPROVER1, Workflow.APPROVE, "", T)).type());
        assertEquals(Workflow.Result.APPROVED, Workflow.decide(first.approval(), MANAGER1, Workflow.APPROVE, "", T)
                .result());
    }

    @Test
    void nOfMCountsDistinctEntriesEvenWhenOnePersonMatchesTwo() {
        // manager1 matches both the manager role and the approver role, but counts once.
        Workflow.Approval a = start(step("Two of three", 2, role("manager"), role("approver"), user("admin1")));
        Workflow.Outcome one = Workflow.decide(a, MANAGER1, Workflow.APPROVE, "", T);
        assertEquals(Workflow.Result.PENDING, one.result());
        assertEquals(1, Workflow.approvals(one.approval().active()));
        // approver1 covers the approver role only; the matching moves manager1 to the manager entry.
        assertEquals(Workflow.Result.APPROVED, Workflow.decide(one.approval(), APPROVER1, Workflow.APPROVE, "", T)
                .result());
    }

    @Test
    void twoPeopleOfOnlyOneListedRoleDoNotMakeAll() {
        Workflow.Approval a = start(step("Approver and legal", 2, role("approver"), user("legal1")));
        Workflow.Outcome one = Workflow.decide(a, APPROVER1, Workflow.APPROVE, "", T);
        Workflow.Outcome two = Workflow.decide(one.approval(), MANAGER1, Workflow.APPROVE, "", T);
        assertEquals(Workflow.Result.PENDING, two.result());
    }

    @Test
    void stepsGoInOrder() {
        Workflow.Approval a = start(step("Marketing", 1, user("approver1")), step("Legal", 1, role("manager")));
        assertEquals(Workflow.WAITING, a.steps().get(1).state());
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> Workflow.decide(a, MANAGER1, Workflow.APPROVE, "", T)).type());
        Workflow.Outcome first = Workflow.decide(a, APPROVER1, Workflow.APPROVE, "", T);
        assertEquals(Workflow.Result.STEP_DONE, first.result());
        assertEquals(1, first.activatedStep());
        assertEquals(Workflow.ACTIVE, first.approval().steps().get(1).state());
        assertEquals(Workflow.APPROVED, first.approval().steps().get(0).state());
        assertEquals(Workflow.Result.APPROVED, Workflow.decide(first.approval(), MANAGER1, Workflow.APPROVE, "",
                T.plusSeconds(60)).result());
    }

    @Test
    void oneRequestForChangesEndsTheRound() {
        Workflow.Approval a = start(step("Both", 2, user("approver1"), user("manager1")));
        Workflow.Outcome o = Workflow.decide(a, MANAGER1, Workflow.REQUEST_CHANGES, "too long", T);
        assertEquals(Workflow.Result.CHANGES_REQUESTED, o.result());
        assertNull(o.approval().currentStep());
        assertEquals(Workflow.CHANGES_REQUESTED, o.approval().steps().get(0).state());
    }

    @Test
    void onlyTheAllowedRolesSkipAStep() {
        Workflow.Approval a = start(step("Legal", 1, user("legal1")), step("Marketing", 1, role("approver")));
        assertEquals(ProblemType.FORBIDDEN, assertThrows(ProblemException.class,
                () -> Workflow.skip(a, APPROVER1, "in a hurry", T)).type());
        Workflow.Outcome o = Workflow.skip(a, MANAGER1, "signed off in advance", T);
        assertEquals(Workflow.Result.STEP_DONE, o.result());
        assertEquals(Workflow.SKIPPED, o.approval().steps().get(0).state());
        assertEquals("signed off in advance", o.approval().steps().get(0).skipped().reason());
    }

    @Test
    void anEscalatedStepMayBeDecidedByItsEscalateTo() {
        Workflow.Approval a = Workflow.start(0, List.of(new Workflow.StepTemplate("Desk", List.of(user("approver1")), 1,
                "PT4H", "PT8H", List.of(user("manager1")), null)), 1, T);
        assertEquals(T.plusSeconds(4 * 3600), Workflow.remindAt(a));
        assertEquals(T.plusSeconds(8 * 3600), Workflow.escalateAt(a));
        assertTrue(!Workflow.mayDecide(a.active(), MANAGER1));
        Workflow.Approval escalated = Workflow.mark(Workflow.mark(a, true, false), false, true);
        assertNull(Workflow.remindAt(escalated));
        assertNull(Workflow.escalateAt(escalated));
        assertEquals(Workflow.Result.APPROVED, Workflow.decide(escalated, MANAGER1, Workflow.APPROVE, "", T).result());
    }

    @Test
    void externalApproversAreReviewersNotUsers() {
        Workflow.Approval a = start(step("Client", 1, new Workflow.Approver("external", "client")));
        assertTrue(!Workflow.mayDecide(a.active(), APPROVER1));
        Workflow.Actor anna = Workflow.Actor.reviewer("Anna Nowak", "anna@agency.example", UUID.randomUUID());
        assertEquals(Workflow.Result.APPROVED, Workflow.decide(a, anna, Workflow.APPROVE, "super", T).result());
        Workflow.Approval named = start(step("Anna", 1, new Workflow.Approver("external", "anna@agency.example")));
        Workflow.Actor bob = Workflow.Actor.reviewer("Bob", "bob@agency.example", UUID.randomUUID());
        assertTrue(!Workflow.mayDecide(named.active(), bob));
        assertTrue(Workflow.mayDecide(named.active(), anna));
    }
}
