package io.parley.calendar.cadence;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A competitor's observed posts per week: only what the feeds show, never an estimate. */
class ObservedCadenceTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(WARSAW).toInstant();
    }

    @Test
    void weeksAreCountedOnTheBrandsClocks_unknownWeeksAreNull_partialWeeksAreLeftOutOfTheAverages() {
        Instant knownFrom = at(MONDAY.plusDays(2), 12, 0); // the feed's oldest post: Wednesday of the first week
        List<Instant> posts = List.of(knownFrom, at(MONDAY.plusDays(6), 23, 30), // Sunday 23:30 local: still week 1
                at(MONDAY.plusWeeks(1), 0, 10), at(MONDAY.plusWeeks(1).plusDays(3), 9, 0),
                at(MONDAY.plusWeeks(1).plusDays(4), 9, 0), at(MONDAY.plusWeeks(3).plusDays(1), 8, 0));
        Instant now = at(MONDAY.plusWeeks(3).plusDays(2), 10, 0); // Wednesday of the fourth week
        ObservedCadence.Result r = ObservedCadence.of(WARSAW, posts, knownFrom, at(MONDAY.minusWeeks(1), 0, 0),
                at(MONDAY.plusWeeks(5), 0, 0), now);

        assertEquals(6, r.weeks().size());
        assertEquals(Arrays.asList(null, 2, 3, 0, 1, null), r.weeks().stream().map(ObservedCadence.Week::posts).toList());
        assertEquals(List.of(false, true, false, false, true, false),
                r.weeks().stream().map(ObservedCadence.Week::partial).toList());
        // Complete known weeks: 3 and 0.
        assertEquals(1.5, r.averagePerWeek());
        assertEquals(2, r.weeksAveraged());
        // The four weeks before the current one: one unknown, one partial, then 3 and 0.
        assertEquals(1.5, r.recentAveragePerWeek());
        assertEquals(2, r.recentWeeks());
    }

    @Test
    void nothingObservedIsNothingKnown() {
        ObservedCadence.Result r = ObservedCadence.of(WARSAW, List.of(), null, at(MONDAY, 0, 0),
                at(MONDAY.plusWeeks(2), 0, 0), at(MONDAY.plusWeeks(4), 0, 0));
        assertTrue(r.weeks().stream().allMatch(w -> w.posts() == null && !w.partial()));
        assertNull(r.averagePerWeek());
        assertNull(r.recentAveragePerWeek());
        assertEquals(0, r.weeksAveraged());
    }

    @Test
    void aWeekWithoutPostsAfterTheFeedsOldestIsZero() {
        Instant knownFrom = at(MONDAY.minusWeeks(2), 9, 0);
        ObservedCadence.Result r = ObservedCadence.of(WARSAW, List.of(knownFrom), knownFrom, at(MONDAY, 0, 0),
                at(MONDAY.plusWeeks(1), 0, 0), at(MONDAY.plusWeeks(3), 0, 0));
        assertEquals(0, r.weeks().get(0).posts());
        assertFalse(r.weeks().get(0).partial());
        assertEquals(0.0, r.averagePerWeek());
    }
}
