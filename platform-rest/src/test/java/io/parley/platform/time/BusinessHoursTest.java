package io.parley.platform.time;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Counting a target in business hours: nights, weekends, holidays and daylight-saving changes. */
class BusinessHoursTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static BusinessHours weekdays(String from, String to, Set<LocalDate> holidays) {
        Map<DayOfWeek, List<BusinessHours.Window>> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            w.put(d, List.of(new BusinessHours.Window(LocalTime.parse(from), LocalTime.parse(to))));
        }
        return BusinessHours.of(WARSAW, w, holidays);
    }

    private static Instant warsaw(String local) {
        return java.time.LocalDateTime.parse(local).atZone(WARSAW).toInstant();
    }

    @Test
    void aroundTheClockCountsEveryMinuteHolidaysAndNightsIncluded() {
        Instant start = Instant.parse("2026-12-24T22:50:00Z");
        assertEquals(Instant.parse("2026-12-24T23:20:00Z"), BusinessHours.always(WARSAW).plus(start,
                Duration.ofMinutes(30)));
    }

    @Test
    void aMessageOnFridayEveningIsDueOnMondayMorning() {
        BusinessHours hours = weekdays("08:00", "18:00", Set.of());
        Instant friday = warsaw("2026-11-27T17:30");
        assertEquals(warsaw("2026-11-30T08:30"), hours.plus(friday, Duration.ofMinutes(60)));
        assertEquals(warsaw("2026-11-30T08:15"), hours.plus(friday, Duration.ofMinutes(45)), "the 75 % warning");
    }

    @Test
    void aMessageAtNightWaitsForOpeningAndOneAtClosingForTheNextDay() {
        BusinessHours hours = weekdays("08:00", "18:00", Set.of());
        assertEquals(warsaw("2026-11-24T08:30"), hours.plus(warsaw("2026-11-24T06:00"), Duration.ofMinutes(30)));
        assertEquals(warsaw("2026-11-25T08:30"), hours.plus(warsaw("2026-11-24T18:00"), Duration.ofMinutes(30)));
        assertEquals(warsaw("2026-11-24T18:00"), hours.plus(warsaw("2026-11-24T17:00"), Duration.ofMinutes(60)),
                "exactly the rest of the day ends at closing time");
    }

    @Test
    void holidaysAreSkippedLikeWeekends() {
        BusinessHours hours = weekdays("08:00", "18:00",
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));
        // Wednesday 17:00 + 2 h: one hour on Wednesday, Thursday and Friday are holidays, then the weekend.
        assertEquals(warsaw("2026-12-28T09:00"), hours.plus(warsaw("2026-12-23T17:00"), Duration.ofMinutes(120)));
    }

    @Test
    void aLunchBreakIsNotCounted() {
        Map<DayOfWeek, List<BusinessHours.Window>> w = new EnumMap<>(DayOfWeek.class);
        w.put(DayOfWeek.TUESDAY, List.of(new BusinessHours.Window(LocalTime.of(13, 0), LocalTime.of(17, 0)),
                new BusinessHours.Window(LocalTime.of(8, 0), LocalTime.of(12, 0))));
        BusinessHours hours = BusinessHours.of(WARSAW, w, Set.of());
        assertEquals(warsaw("2026-11-24T13:30"), hours.plus(warsaw("2026-11-24T11:30"), Duration.ofMinutes(60)));
    }

    @Test
    void theNightClocksGoForwardIsAnHourShorter() {
        // Every day 01:00-05:00 local; on Sunday 29 March 2026 02:00 CET becomes 03:00 CEST: 3 real hours open.
        Map<DayOfWeek, List<BusinessHours.Window>> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            w.put(d, List.of(new BusinessHours.Window(LocalTime.of(1, 0), LocalTime.of(5, 0))));
        }
        BusinessHours hours = BusinessHours.of(WARSAW, w, Set.of());
        Instant saturdayNight = warsaw("2026-03-28T23:00");
        assertEquals(ZonedDateTime.of(2026, 3, 30, 1, 30, 0, 0, WARSAW).toInstant(),
                hours.plus(saturdayNight, Duration.ofMinutes(210)), "3 h on Sunday, the last 30 min on Monday");
        assertEquals(Instant.parse("2026-03-29T02:00:00Z"), hours.plus(saturdayNight, Duration.ofMinutes(120)),
                "two real hours after opening at 01:00 CET is 04:00 CEST");
    }

    @Test
    void theNightClocksGoBackIsAnHourLonger() {
        // On Sunday 25 October 2026 03:00 CEST becomes 02:00 CET: 01:00-05:00 local is 5 real hours.
        Map<DayOfWeek, List<BusinessHours.Window>> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            w.put(d, List.of(new BusinessHours.Window(LocalTime.of(1, 0), LocalTime.of(5, 0))));
        }
        BusinessHours hours = BusinessHours.of(WARSAW, w, Set.of());
        assertEquals(Instant.parse("2026-10-25T03:30:00Z"),
                hours.plus(warsaw("2026-10-24T23:00"), Duration.ofMinutes(270)), "04:30 CET, still on Sunday");
    }

    @Test
    void aWindowToMidnightRunsToTheEndOfTheDay() {
        Map<DayOfWeek, List<BusinessHours.Window>> w = new EnumMap<>(DayOfWeek.class);
        w.put(DayOfWeek.MONDAY, List.of(new BusinessHours.Window(LocalTime.of(20, 0), LocalTime.MIDNIGHT)));
        w.put(DayOfWeek.TUESDAY, List.of(new BusinessHours.Window(LocalTime.of(0, 0), LocalTime.of(2, 0))));
        BusinessHours hours = BusinessHours.of(WARSAW, w, Set.of());
        assertEquals(warsaw("2026-11-24T01:00"), hours.plus(warsaw("2026-11-23T23:00"), Duration.ofMinutes(120)));
    }

    @Test
    void theTimeZoneOfTheTargetDecidesWhatIsNight() {
        BusinessHours athens = BusinessHours.of(ZoneId.of("Europe/Athens"), Map.of(DayOfWeek.MONDAY,
                List.of(new BusinessHours.Window(LocalTime.of(9, 0), LocalTime.of(17, 0)))), Set.of());
        // 06:30 UTC is 08:30 in Athens: the clock starts at 09:00 Athens = 07:00 UTC.
        assertEquals(Instant.parse("2026-11-23T07:30:00Z"), athens.plus(Instant.parse("2026-11-23T06:30:00Z"),
                Duration.ofMinutes(30)));
    }

    @Test
    void betweenCountsOnlyOpenTimeAcrossAWeekend() {
        BusinessHours hours = weekdays("08:00", "18:00", Set.of());
        assertEquals(Duration.ofMinutes(60), hours.between(warsaw("2026-11-27T17:30"), warsaw("2026-11-30T08:30")));
        assertEquals(Duration.ZERO, hours.between(warsaw("2026-11-28T10:00"), warsaw("2026-11-29T16:00")),
                "Saturday to Sunday: nothing open");
        assertEquals(Duration.ZERO, hours.between(warsaw("2026-11-30T08:30"), warsaw("2026-11-27T17:30")),
                "an end before the start counts zero");
        assertEquals(Duration.ofHours(72), BusinessHours.always(WARSAW).between(warsaw("2026-11-27T17:30"),
                warsaw("2026-11-30T17:30")));
    }

    @Test
    void betweenSkipsHolidaysAndIsTheInverseOfPlus() {
        BusinessHours hours = weekdays("08:00", "18:00",
                Set.of(LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-25")));
        Instant start = warsaw("2026-12-23T17:00");
        assertEquals(Duration.ofMinutes(120), hours.between(start, hours.plus(start, Duration.ofMinutes(120))));
    }

    @Test
    void betweenAcrossTheNightClocksGoForwardCountsRealTime() {
        Map<DayOfWeek, List<BusinessHours.Window>> w = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : DayOfWeek.values()) {
            w.put(d, List.of(new BusinessHours.Window(LocalTime.of(1, 0), LocalTime.of(5, 0))));
        }
        BusinessHours hours = BusinessHours.of(WARSAW, w, Set.of());
        assertEquals(Duration.ofMinutes(180), hours.between(warsaw("2026-03-28T23:00"), warsaw("2026-03-29T12:00")),
                "01:00-05:00 on the Sunday clocks go forward is three real hours");
    }

    @Test
    void theHoursAreReadFromSectionNine() throws Exception {
        com.fasterxml.jackson.databind.JsonNode section = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"timeZone":"Europe/Warsaw","hours":{"mode":"business-hours","days":[
                  {"day":"monday","from":"08:00","to":"18:00"},{"day":"nonsense","from":"x","to":"y"}]},
                 "holidays":["2026-11-30","not a date"]}""");
        BusinessHours hours = BusinessHours.ofResponseTargets(section);
        assertEquals(WARSAW, hours.zone());
        assertEquals(Duration.ZERO, hours.between(warsaw("2026-11-30T08:00"), warsaw("2026-11-30T18:00")),
                "a holiday Monday");
        assertEquals(Duration.ofHours(10), hours.between(warsaw("2026-11-23T00:00"), warsaw("2026-11-24T00:00")));
        assertEquals(true, BusinessHours.ofResponseTargets(null).isAlways());
    }
}
