package io.parley.analytics.responsetimes;

import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ReportingWindowTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Duration A_YEAR = Duration.ofDays(366);

    private static ReportingWindow of(String from, String to) {
        return ReportingWindow.of(Optional.ofNullable(from).map(Instant::parse), Optional.ofNullable(to)
                .map(Instant::parse), NOW, THIRTY_DAYS, A_YEAR);
    }

    @Test
    void withoutBoundsItIsTheLastThirtyDays() {
        assertEquals(new ReportingWindow(NOW.minus(THIRTY_DAYS), NOW), of(null, null));
    }

    @Test
    void withoutFromItIsTheDefaultWindowBeforeTo() {
        assertEquals(new ReportingWindow(Instant.parse("2026-10-02T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")),
                of(null, "2026-11-01T00:00:00Z"));
    }

    @Test
    void withoutToItEndsNow() {
        assertEquals(new ReportingWindow(Instant.parse("2026-11-01T00:00:00Z"), NOW), of("2026-11-01T00:00:00Z", null));
    }

    @Test
    void anEmptyOrReversedWindowNamesFrom() {
        ProblemException empty = assertThrows(ProblemException.class,
                () -> of("2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z"));
        assertEquals("from", empty.errors().get(0).field());
        assertEquals("must be before to", empty.errors().get(0).message());
        assertThrows(ProblemException.class, () -> of("2026-12-01T00:00:00Z", "2026-11-01T00:00:00Z"));
        assertThrows(ProblemException.class, () -> of("2027-01-01T00:00:00Z", null));
    }

    @Test
    void aYearAndADayIsTheLongestWindow() {
        assertEquals(A_YEAR, Duration.between(of("2025-11-22T10:00:00Z", null).from(), NOW));
        ProblemException tooLong = assertThrows(ProblemException.class, () -> of("2025-11-22T09:59:59Z", null));
        assertEquals("the window may span at most 366 days", tooLong.errors().get(0).message());
    }
}
