package io.parley.ingest.health;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The health rules on their own: usual gap, silence, precedence of problems, expiry. */
class HealthPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");

    private static final HealthConfig CONFIG = new HealthConfig() {
        public Duration scanEvery() { return Duration.ofSeconds(30); }
        public int silenceFactor() { return 10; }
        public Duration minSilence() { return Duration.ofHours(2); }
        public Duration gapFloor() { return Duration.ofMinutes(1); }
        public int gapSamples() { return 5; }
        public int minGapSamples() { return 3; }
        public int pollFailures() { return 3; }
        public Duration expiryWarning() { return Duration.ofDays(7); }
    };
    private final HealthPolicy policy = new HealthPolicy(CONFIG);

    private static HealthPolicy.Facts facts(ChannelSignal.Kind problem, int pollFailures, Instant lastEvent,
            List<Long> gaps, Instant silentSince, Instant expires) {
        return new HealthPolicy.Facts(problem, problem == null ? null : "why", NOW.minusSeconds(60), null,
                pollFailures, lastEvent, gaps, silentSince, silentSince == null ? null : lastEvent, expires, null);
    }

    @Test
    void theUsualGapIsTheMedianOfRecentGapsNeverBelowTheFloorAndUnknownUntilEnoughAreSeen() {
        assertNull(policy.usualGapSeconds(List.of(600L, 700L)));
        assertEquals(700L, policy.usualGapSeconds(List.of(600L, 700L, 86_400L))); // one long night does not count
        assertEquals(60L, policy.usualGapSeconds(List.of(0L, 1L, 2L)));
        assertEquals(650L, policy.usualGapSeconds(List.of(600L, 700L, 600L, 700L)));
    }

    @Test
    void onlyTheMostRecentGapsAreKept() {
        List<Long> gaps = List.of(1L, 2L, 3L, 4L, 5L);
        assertEquals(List.of(2L, 3L, 4L, 5L, 90L), policy.withArrival(gaps, NOW.minusSeconds(90), NOW));
        assertEquals(gaps, policy.withArrival(gaps, null, NOW));
    }

    @Test
    void silentAfterManyUsualGapsButNeverBeforeTheMinimumAndItLastsUntilANewEvent() {
        Instant last = NOW.minus(Duration.ofMinutes(100));
        List<Long> hourly = List.of(3600L, 3600L, 3600L);
        assertEquals(HealthState.HEALTHY, policy.evaluate(facts(null, 0, last, List.of(60L, 60L, 60L), null, null),
                NOW).state(), "10 × 1 min is less than the 2 h minimum");
        HealthPolicy.Verdict quiet = policy.evaluate(facts(null, 0, NOW.minus(Duration.ofHours(11)), hourly, null,
                null), NOW);
        assertEquals(HealthState.SILENT, quiet.state());
        assertEquals(NOW.minus(Duration.ofHours(1)), quiet.since());
        assertEquals(HealthState.HEALTHY, policy.evaluate(facts(null, 0, NOW.minus(Duration.ofHours(9)), hourly,
                null, null), NOW).state());
        assertEquals(HealthState.SILENT, policy.evaluate(facts(null, 0, last, hourly, NOW.plusSeconds(5), null),
                NOW).state(), "declared silent earlier (by a scan ahead of this one): it stays until an event");
        assertEquals(HealthState.HEALTHY, policy.evaluate(facts(null, 0, last, List.of(), null, null), NOW).state(),
                "no usual pace known: never silent");
    }

    @Test
    void theWorstProblemShowsAndPollErrorsOnlyAfterSeveralInARow() {
        Instant quietFor11h = NOW.minus(Duration.ofHours(11));
        List<Long> hourly = List.of(3600L, 3600L, 3600L);
        assertEquals(HealthState.TOKEN_REVOKED, policy.evaluate(facts(ChannelSignal.Kind.TOKEN_REFUSED, 0,
                quietFor11h, hourly, null, null), NOW).state());
        assertEquals(HealthState.MISSING_PERMISSION, policy.evaluate(facts(ChannelSignal.Kind.PERMISSION_MISSING, 0,
                quietFor11h, hourly, null, null), NOW).state());
        assertEquals(HealthState.HEALTHY, policy.evaluate(facts(ChannelSignal.Kind.POLL_FAILED, 2, null, null, null,
                null), NOW).state());
        HealthPolicy.Verdict polls = policy.evaluate(facts(ChannelSignal.Kind.POLL_FAILED, 3, null, null, null, null),
                NOW);
        assertEquals(HealthState.POLL_ERRORS, polls.state());
        assertEquals("3 polls in a row failed; the last: why", polls.reason());
        assertEquals("check_poll", polls.state().whatToDo());
    }

    @Test
    void aRateLimitEndsWhenThePlatformSaid() {
        HealthPolicy.Facts limited = new HealthPolicy.Facts(ChannelSignal.Kind.RATE_LIMITED, "x rate limited (429)",
                NOW.minusSeconds(60), NOW.plusSeconds(600), 0, null, null, null, null, null, null);
        HealthPolicy.Verdict now = policy.evaluate(limited, NOW);
        assertEquals(HealthState.RATE_LIMITED, now.state());
        assertEquals(NOW.plusSeconds(600), now.until());
        assertEquals(HealthState.HEALTHY, policy.evaluate(limited, NOW.plusSeconds(601)).state());
    }

    @Test
    void aKnownTokenExpiryWarnsAWeekAheadAndRevokesOncePassed() {
        assertEquals(HealthState.HEALTHY, policy.evaluate(facts(null, 0, null, null, null, NOW.plus(Duration.ofDays(8))),
                NOW).state());
        HealthPolicy.Verdict soon = policy.evaluate(facts(null, 0, null, null, null, NOW.plus(Duration.ofDays(2))), NOW);
        assertEquals(HealthState.TOKEN_EXPIRING, soon.state());
        assertEquals(NOW.plus(Duration.ofDays(2)), soon.until());
        HealthPolicy.Verdict gone = policy.evaluate(facts(null, 0, null, null, null, NOW.minusSeconds(1)), NOW);
        assertEquals(HealthState.TOKEN_REVOKED, gone.state());
        assertEquals(NOW.minusSeconds(1), gone.since());
    }

    @Test
    void aTokenThatRenewsItselfIsExpiringOnlyWhenItsRenewalIsLate() {
        Duration ahead = Duration.ofMinutes(15); // refreshed from 15 minutes before it expires
        java.util.function.Function<Instant, HealthPolicy.Facts> renewing = expires -> new HealthPolicy.Facts(null,
                null, null, null, 0, null, null, null, null, expires, ahead);
        // An X token lives two hours: not news a week ahead, nor inside the window while the refresh still has time
        assertEquals(HealthState.HEALTHY, policy.evaluate(renewing.apply(NOW.plus(Duration.ofHours(2))), NOW).state());
        assertEquals(HealthState.HEALTHY, policy.evaluate(renewing.apply(NOW.plus(Duration.ofMinutes(9))), NOW).state());
        HealthPolicy.Verdict late = policy.evaluate(renewing.apply(NOW.plus(Duration.ofMinutes(7))), NOW);
        assertEquals(HealthState.TOKEN_EXPIRING, late.state());
        assertTrue(late.reason().endsWith("its renewal has not succeeded yet"), late.reason());
        assertEquals(HealthState.TOKEN_REVOKED, policy.evaluate(renewing.apply(NOW.minusSeconds(1)), NOW).state());
    }
}
