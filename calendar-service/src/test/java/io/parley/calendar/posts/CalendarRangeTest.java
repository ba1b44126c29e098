package io.parley.calendar.posts;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CalendarRangeTest {

    private static final Duration LONGEST = Duration.ofDays(366);
    private static final Instant NOVEMBER = Instant.parse("2026-11-01T00:00:00Z");

    @Test
    void aMonthIsARange() {
        CalendarRange range = CalendarRange.of(NOVEMBER, Instant.parse("2026-12-01T00:00:00Z"), LONGEST);
        assertEquals(NOVEMBER, range.from());
    }

    @Test
    void exactlyTheLongestRangeIsAllowedAndASecondMoreIsNot() {
        CalendarRange.of(NOVEMBER, NOVEMBER.plus(LONGEST), LONGEST);
        ProblemException e = assertThrows(ProblemException.class,
                () -> CalendarRange.of(NOVEMBER, NOVEMBER.plus(LONGEST).plusSeconds(1), LONGEST));
        assertEquals("to", e.errors().get(0).field());
        assertEquals("the range may span at most 366 days", e.errors().get(0).message());
    }

    @Test
    void anEmptyOrReversedRangeNamesFrom() {
        ProblemException empty = assertThrows(ProblemException.class, () -> CalendarRange.of(NOVEMBER, NOVEMBER,
                LONGEST));
        assertEquals("from: must be before to", empty.getMessage());
        assertThrows(ProblemException.class, () -> CalendarRange.of(NOVEMBER, NOVEMBER.minusSeconds(1), LONGEST));
    }
}
