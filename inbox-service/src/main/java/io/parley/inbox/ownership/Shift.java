package io.parley.inbox.ownership;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * A weekly on-duty shift: on each of {@code days}, from {@code from} to {@code to} local time in
 * {@code zone}. A shift whose {@code to} is not after {@code from} runs overnight into the next day
 * (22:00-06:00 on FRIDAY covers Friday night until Saturday 06:00); {@code from == to} is a whole day.
 * Pure: no clock.
 */
public record Shift(Set<DayOfWeek> days, LocalTime from, LocalTime to, ZoneId zone) {

    public boolean covers(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        LocalDate today = at.toLocalDate();
        return covers(today, instant) || covers(today.minusDays(1), instant);
    }

    private boolean covers(LocalDate startDay, Instant instant) {
        if (!days.contains(startDay.getDayOfWeek())) {
            return false;
        }
        Instant start = ZonedDateTime.of(startDay, from, zone).toInstant();
        Instant end = (to.isAfter(from) ? ZonedDateTime.of(startDay, to, zone)
                : ZonedDateTime.of(startDay.plusDays(1), to, zone)).toInstant();
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
