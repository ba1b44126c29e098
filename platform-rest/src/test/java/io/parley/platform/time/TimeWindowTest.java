package io.parley.platform.time;

import io.parley.platform.problem.Problem;
import io.parley.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeWindowTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Duration YEAR = Duration.ofDays(366);

    private static Problem.FieldError refused(Executable reading) {
        ProblemException e = assertThrows(ProblemException.class, reading);
        assertEquals(1, e.errors().size());
        return e.errors().get(0);
    }

    @Test
    void missingBoundsTakeTheOperationsDefaults() {
        assertEquals(new TimeWindow(NOW.minus(THIRTY_DAYS), NOW), TimeWindow.endingAt(null, null, NOW, THIRTY_DAYS, YEAR));
        assertEquals(new TimeWindow(Instant.parse("2026-10-02T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z")),
                TimeWindow.endingAt(null, "2026-11-01T00:00:00Z", NOW, THIRTY_DAYS, YEAR));
        assertEquals(new TimeWindow(Instant.parse("2026-12-07T09:00:00Z"), NOW),
                TimeWindow.endingAt(null, null, NOW, Duration.ofHours(1), Duration.ofDays(7)));
        assertEquals(new TimeWindow(Instant.parse("2026-11-01T00:00:00Z"), NOW),
                TimeWindow.endingAt("2026-11-01T00:00:00Z", null, NOW, THIRTY_DAYS, YEAR));
    }

    @Test
    void aRequiredBoundThatIsMissingIsA400NamingIt() {
        Problem.FieldError from = refused(() -> TimeWindow.required(null, "2026-12-01T00:00:00Z", YEAR));
        assertEquals("from", from.field());
        assertEquals("is required", from.message());
        Problem.FieldError to = refused(() -> TimeWindow.required("2026-11-01T00:00:00Z", null, YEAR));
        assertEquals("to", to.field());
    }

    @Test
    void reversedOrEmptyWindowsAreRefusedNamingFrom() {
        Problem.FieldError reversed = refused(() -> TimeWindow.required("2026-12-01T00:00:00Z",
                "2026-11-01T00:00:00Z", YEAR));
        assertEquals("from", reversed.field());
        assertEquals("must be before to", reversed.message());
        Problem.FieldError empty = refused(() -> TimeWindow.endingAt(NOW.toString(), NOW.toString(), NOW,
                THIRTY_DAYS, YEAR));
        assertEquals("from", empty.field());
        // a from after the default to (now) is reversed too
        assertEquals("must be before to", refused(() -> TimeWindow.endingAt("2027-01-01T00:00:00Z", null, NOW,
                THIRTY_DAYS, YEAR)).message());
    }

    @Test
    void aWindowLongerThanTheOperationAllowsIsRefused() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(YEAR, TimeWindow.of(start, start.plus(YEAR), YEAR).span());
        Problem.FieldError tooLong = refused(() -> TimeWindow.of(start, start.plus(YEAR).plusSeconds(1), YEAR));
        assertEquals("from", tooLong.field());
        assertEquals("the window may span at most 366 days", tooLong.message());
        assertEquals("the window may span at most 7 days", refused(() -> TimeWindow.endingAt(
                "2026-11-01T00:00:00Z", null, NOW, Duration.ofHours(1), Duration.ofDays(7))).message());
        // a default span longer than the longest is refused as well: the caller asked for nothing wrong, but the
        // operation's configuration is checked the same way
        assertEquals("from", refused(() -> TimeWindow.endingAt(null, null, NOW, Duration.ofDays(8),
                Duration.ofDays(7))).field());
    }

    @Test
    void anUnparsableBoundIsA400NamingIt() {
        Problem.FieldError from = refused(() -> TimeWindow.endingAt("yesterday", null, NOW, THIRTY_DAYS, YEAR));
        assertEquals("from", from.field());
        assertTrue(from.message().contains("'yesterday' is not an ISO-8601 instant"), from.message());
        Problem.FieldError to = refused(() -> TimeWindow.required("2026-11-01T00:00:00Z", "2026-13-01", YEAR));
        assertEquals("to", to.field());
    }

    @Test
    void theWindowIsHalfOpen() {
        TimeWindow w = TimeWindow.required("2026-11-01T00:00:00Z", "2026-12-01T00:00:00Z", YEAR);
        assertTrue(w.contains(Instant.parse("2026-11-01T00:00:00Z")));
        assertTrue(!w.contains(Instant.parse("2026-12-01T00:00:00Z")));
    }
}
