package io.parley.analytics.reports;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CadenceTest {

    private static Instant at(String s) {
        return Instant.parse(s);
    }

    @Test
    void aMonthlyScheduleReportsTheCalendarMonthJustEnded() {
        Instant now = at("2026-12-06T05:00:00Z");
        assertEquals(at("2027-01-01T00:00:00Z"), Cadence.MONTHLY.periodEnd(now));
        assertEquals(at("2026-11-01T00:00:00Z"), Cadence.MONTHLY.justEnded(now).from());
        assertEquals(at("2026-12-01T00:00:00Z"), Cadence.MONTHLY.justEnded(now).to());
        // February, and a boundary itself belongs to the period it starts
        assertEquals(at("2027-02-01T00:00:00Z"), Cadence.MONTHLY.endingAt(at("2027-03-01T00:00:00Z")).from());
        assertEquals(at("2026-12-01T00:00:00Z"), Cadence.MONTHLY.justEnded(at("2027-01-01T00:00:00Z")).from());
    }

    @Test
    void aWeeklyScheduleReportsMondayToMondayInUtc() {
        Instant sunday = at("2026-12-06T23:59:59Z");
        assertEquals(at("2026-12-07T00:00:00Z"), Cadence.WEEKLY.periodEnd(sunday));
        assertEquals(at("2026-11-23T00:00:00Z"), Cadence.WEEKLY.justEnded(sunday).from());
        assertEquals(at("2026-11-30T00:00:00Z"), Cadence.WEEKLY.justEnded(sunday).to());
        Instant monday = at("2026-12-07T00:00:00Z");
        assertEquals(at("2026-11-30T00:00:00Z"), Cadence.WEEKLY.justEnded(monday).from());
        assertEquals(at("2026-12-14T00:00:00Z"), Cadence.WEEKLY.periodEnd(monday));
    }
}
