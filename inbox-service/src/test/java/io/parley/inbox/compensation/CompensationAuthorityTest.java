package io.parley.inbox.compensation;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who may give how much without an approver, and who may decide, as a brand's manager sets it up. */
class CompensationAuthorityTest {

    private static CompensationLimit limit(String kind, String subject, String currency, long amountMinor) {
        CompensationLimit l = new CompensationLimit();
        l.subjectKind = kind;
        l.subject = subject;
        l.currency = currency;
        l.amountMinor = amountMinor;
        return l;
    }

    private static final List<CompensationLimit> LIMITS = List.of(limit("role", "agent", "EUR", 2_000),
            limit("role", "manager", "EUR", 10_000), limit("user", "agent1", "EUR", 5_000),
            limit("role", "agent", "PLN", 8_000));

    @Test
    void aPersonsOwnLimitWinsOverTheirRoles() {
        assertEquals(5_000, CompensationAuthority.limitOf(LIMITS, "agent1", Set.of("agent", "manager"), "EUR"));
    }

    @Test
    void withoutOneTheHighestOfTheirRolesCounts() {
        assertEquals(10_000, CompensationAuthority.limitOf(LIMITS, "agent2", Set.of("agent", "manager"), "EUR"));
        assertEquals(2_000, CompensationAuthority.limitOf(LIMITS, "agent2", Set.of("agent"), "EUR"));
    }

    @Test
    void aCurrencyOrRoleWithoutALimitGivesNothingWithoutAnApprover() {
        assertEquals(0, CompensationAuthority.limitOf(LIMITS, "agent1", Set.of("agent"), "GBP"));
        assertEquals(0, CompensationAuthority.limitOf(LIMITS, "integrator1", Set.of("integrator"), "EUR"));
        assertEquals(0, CompensationAuthority.limitOf(LIMITS, "agent2", Set.of(), "EUR"));
    }

    @Test
    void anOfferUpToTheLimitIsMadeAtOnceAndAboveItWaitsForAnApprover() {
        assertEquals(CompensationOffer.OFFERED, CompensationAuthority.statusOf(2_000, 2_000));
        assertEquals(CompensationOffer.PENDING, CompensationAuthority.statusOf(2_001, 2_000));
        assertEquals(CompensationOffer.PENDING, CompensationAuthority.statusOf(1, 0));
    }

    private static CompensationOffer offer(String status, String offeredBy) {
        CompensationOffer o = new CompensationOffer();
        o.id = UUID.randomUUID();
        o.status = status;
        o.offeredBy = offeredBy;
        return o;
    }

    @Test
    void anApproverDecidesAnothersPendingOfferOnce() {
        assertDoesNotThrow(() -> CompensationAuthority.requireDecidable(offer(CompensationOffer.PENDING, "agent1"),
                "manager1", "acme"));
        ProblemException own = assertThrows(ProblemException.class, () -> CompensationAuthority.requireDecidable(
                offer(CompensationOffer.PENDING, "manager1"), "manager1", "acme"));
        assertEquals(ProblemType.FORBIDDEN, own.type());
        CompensationOffer decided = offer(CompensationOffer.APPROVED, "agent1");
        decided.decidedBy = "manager2";
        ProblemException twice = assertThrows(ProblemException.class, () -> CompensationAuthority.requireDecidable(
                decided, "manager1", "acme"));
        assertEquals(ProblemType.CONFLICT, twice.type());
        assertTrue(twice.getMessage().contains("manager2"), twice.getMessage());
    }

    @Test
    void aLimitsTableNamesEachBadRow() {
        List<Problem.FieldError> errors = CompensationAuthority.check(Arrays.asList(
                new CompensationViews.Limit("agent", null, "EUR", BigDecimal.valueOf(2_000)),
                new CompensationViews.Limit("manager", "agent1", "EUR", BigDecimal.valueOf(1)),
                new CompensationViews.Limit("approver", null, "EUR", BigDecimal.valueOf(1)),
                new CompensationViews.Limit("agent", null, "EUR", BigDecimal.valueOf(3_000)),
                null));
        assertEquals(List.of("limits[1]", "limits[2].role", "limits[3]", "limits[4]"),
                errors.stream().map(Problem.FieldError::field).toList());
        assertTrue(CompensationAuthority.check(List.of(new CompensationViews.Limit(null, "agent1", "EUR",
                BigDecimal.ZERO))).isEmpty());
    }
}
