package io.parley.analytics.publishing;

import io.parley.platform.time.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An account's follower points: per day up to 92 days, one per UTC week (its last reading) beyond. */
class FollowerPointsTest {

    // Monday 2026-11-02 .. Sunday 2026-11-15, and the Friday before as the reading before the window
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    private static List<Object[]> readings() {
        List<Object[]> days = new ArrayList<>();
        days.add(new Object[] {MONDAY.minusDays(3), 1_000L});
        for (int d : new int[] {0, 2, 6, 7, 8, 13}) {    // Mon, Wed, Sun; Mon, Tue, Sun of the next week
            days.add(new Object[] {MONDAY.plusDays(d), 1_000L + 10L * (d + 1)});
        }
        return days;
    }

    @Test
    void aWindowOfUpTo92DaysHasEveryDayWithAReading() {
        TimeWindow w = new TimeWindow(MONDAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                MONDAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant().plus(Duration.ofDays(92)));
        assertFalse(Publishing.followersWeekly(w));
        List<Publishing.FollowerDay> points = PublishingReports.followerDays(readings(), w, false);
        assertEquals(List.of(new Publishing.FollowerDay(MONDAY, 1_010, 10L),
                new Publishing.FollowerDay(MONDAY.plusDays(2), 1_030, 20L),
                new Publishing.FollowerDay(MONDAY.plusDays(6), 1_070, 40L),
                new Publishing.FollowerDay(MONDAY.plusDays(7), 1_080, 10L),
                new Publishing.FollowerDay(MONDAY.plusDays(8), 1_090, 10L),
                new Publishing.FollowerDay(MONDAY.plusDays(13), 1_140, 50L)), points);
    }

    @Test
    void aLongerWindowHasEachWeeksLastReadingWithItsChangeSinceThePointBefore() {
        Instant from = MONDAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        TimeWindow w = new TimeWindow(from, from.plus(Duration.ofDays(93)));
        assertTrue(Publishing.followersWeekly(w));
        assertEquals(List.of(new Publishing.FollowerDay(MONDAY.plusDays(6), 1_070, 70L),  // since the Friday before
                new Publishing.FollowerDay(MONDAY.plusDays(13), 1_140, 70L)),
                PublishingReports.followerDays(readings(), w, true));
    }

    @Test
    void withoutAReadingBeforeTheWindowTheFirstPointHasNoChange() {
        Instant from = MONDAY.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        TimeWindow w = new TimeWindow(from, from.plus(Duration.ofDays(365)));
        List<Object[]> days = readings().subList(1, 7);
        assertEquals(List.of(new Publishing.FollowerDay(MONDAY.plusDays(6), 1_070, null),
                new Publishing.FollowerDay(MONDAY.plusDays(13), 1_140, 70L)),
                PublishingReports.followerDays(days, w, true));
    }
}
