package io.parley.platform.time;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The hours a response-time target counts: around the clock, or business hours (opening windows per
 * weekday, in the target's time zone, holidays closed). Pure: no clock, no I/O. inbox-service dates
 * conversations with it ({@link #plus}); analytics-service measures care figures in business hours with it
 * ({@link #between}); both read the hours from section 9 of the brand's catalogue ({@link #ofResponseTargets}).
 *
 * <p>Time is counted in real elapsed time inside the windows, so a window over a daylight-saving change
 * is as long as it really is (08:00-18:00 on the day clocks go forward still ends at 18:00 local time).
 * A window whose {@code to} is 00:00 runs to midnight.
 */
public final class BusinessHours {

    /** An opening window on one day, local time; {@code to} 00:00 means midnight at the end of the day. */
    public record Window(LocalTime from, LocalTime to) {
    }

    /** Far enough ahead for any real calendar; a calendar with no open hour at all counts around the clock. */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final boolean always;
    private final Map<DayOfWeek, List<Window>> windows;
    private final Set<LocalDate> holidays;

    private BusinessHours(ZoneId zone, boolean always, Map<DayOfWeek, List<Window>> windows, Set<LocalDate> holidays) {
        this.zone = zone;
        this.always = always;
        this.windows = windows;
        this.holidays = holidays;
    }

    /** Around the clock: every minute counts (holidays too). */
    public static BusinessHours always(ZoneId zone) {
        return new BusinessHours(zone, true, Map.of(), Set.of());
    }

    public static BusinessHours of(ZoneId zone, Map<DayOfWeek, List<Window>> windows, Set<LocalDate> holidays) {
        Map<DayOfWeek, List<Window>> sorted = new EnumMap<>(DayOfWeek.class);
        windows.forEach((day, list) -> sorted.put(day, list.stream()
                .sorted(java.util.Comparator.comparing(Window::from)).toList()));
        return new BusinessHours(zone, false, sorted, Set.copyOf(holidays));
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isAlways() {
        return always;
    }

    /**
     * The hours of section 9 of a standards catalogue ({@code responseTargets}: {@code timeZone}, {@code hours}
     * with {@code mode} and {@code days}, {@code holidays}), as standards-service publishes it. What the catalogue
     * validated is trusted; what still cannot be read (an unknown zone) falls back to UTC, an unreadable window or
     * holiday is skipped, so that a bad catalogue never stops a service. No section: around the clock, UTC.
     */
    public static BusinessHours ofResponseTargets(JsonNode section) {
        if (section == null || section.isMissingNode() || section.isNull()) {
            return always(ZoneOffset.UTC);
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(section.path("timeZone").asText("UTC"));
        } catch (DateTimeException e) {
            zone = ZoneOffset.UTC;
        }
        JsonNode hours = section.path("hours");
        if (!"business-hours".equals(hours.path("mode").asText())) {
            return always(zone);
        }
        Map<DayOfWeek, List<Window>> windows = new EnumMap<>(DayOfWeek.class);
        for (JsonNode d : hours.path("days")) {
            try {
                DayOfWeek day = DayOfWeek.valueOf(d.path("day").asText().toUpperCase(Locale.ROOT));
                windows.computeIfAbsent(day, k -> new ArrayList<>()).add(new Window(
                        LocalTime.parse(d.path("from").asText()), LocalTime.parse(d.path("to").asText())));
            } catch (RuntimeException e) {
                // skipped: see the method's comment
            }
        }
        Set<LocalDate> holidays = new HashSet<>();
        for (JsonNode h : section.path("holidays")) {
            try {
                holidays.add(LocalDate.parse(h.asText()));
            } catch (RuntimeException e) {
                // skipped
            }
        }
        return of(zone, windows, holidays);
    }

    /**
     * The counted time from {@code start} to {@code end}: the real elapsed time inside the opening windows (so
     * across a daylight-saving change as long as it really is), nights, closed days and holidays left out.
     * Around the clock it is simply the time between; an end before the start counts zero. The inverse of
     * {@link #plus}: {@code between(s, plus(s, d))} is {@code d} whenever {@code plus} lands inside a window.
     */
    public Duration between(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        if (always || windows.values().stream().allMatch(List::isEmpty)) {
            return Duration.between(start, end);
        }
        Duration counted = Duration.ZERO;
        ZonedDateTime cursor = start.atZone(zone);
        ZonedDateTime stop = end.atZone(zone);
        for (LocalDate day = cursor.toLocalDate(); !day.isAfter(stop.toLocalDate()); day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (Window w : windows.getOrDefault(day.getDayOfWeek(), List.of())) {
                ZonedDateTime open = ZonedDateTime.of(day, w.from(), zone);
                ZonedDateTime close = w.to().equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay(zone)
                        : ZonedDateTime.of(day, w.to(), zone);
                ZonedDateTime from = cursor.isAfter(open) ? cursor : open;
                ZonedDateTime to = stop.isBefore(close) ? stop : close;
                if (to.isAfter(from)) {
                    counted = counted.plus(Duration.between(from, to));
                }
            }
        }
        return counted;
    }

    /** The instant when {@code amount} of counted time has passed since {@code start}. */
    public Instant plus(Instant start, Duration amount) {
        if (always || windows.values().stream().allMatch(List::isEmpty)) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        ZonedDateTime cursor = start.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            if (holidays.contains(day)) {
                continue;
            }
            for (Window w : windows.getOrDefault(day.getDayOfWeek(), List.of())) {
                ZonedDateTime open = ZonedDateTime.of(day, w.from(), zone);
                ZonedDateTime close = w.to().equals(LocalTime.MIDNIGHT) ? day.plusDays(1).atStartOfDay(zone)
                        : ZonedDateTime.of(day, w.to(), zone);
                if (!cursor.isBefore(close)) {
                    continue;
                }
                ZonedDateTime from = cursor.isAfter(open) ? cursor : open;
                Duration available = Duration.between(from, close);
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
                cursor = close;
            }
        }
        return start.plus(amount);
    }
}
