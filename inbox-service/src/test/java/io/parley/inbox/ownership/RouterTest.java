package io.parley.inbox.ownership;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** On-duty shifts (overnight, time zones, DST), rule matching and the two strategies. */
class RouterTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private static Instant warsaw(String local) {
        return LocalDateTime.parse(local).atZone(WARSAW).toInstant();
    }

    @Test
    void aDayShiftCoversItsHoursOnItsDaysOnly() {
        Shift day = new Shift(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(8, 0), LocalTime.of(16, 0), WARSAW);
        assertTrue(day.covers(warsaw("2026-11-23T08:00")));
        assertTrue(day.covers(warsaw("2026-11-23T15:59")));
        assertFalse(day.covers(warsaw("2026-11-23T16:00")), "the end is exclusive");
        assertFalse(day.covers(warsaw("2026-11-24T09:00")), "Tuesday is not a shift day");
    }

    @Test
    void anOvernightShiftRunsIntoTheNextDay() {
        Shift night = new Shift(EnumSet.of(DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0), WARSAW);
        assertTrue(night.covers(warsaw("2026-11-27T23:30")), "Friday night");
        assertTrue(night.covers(warsaw("2026-11-28T05:59")), "Saturday early morning is Friday's shift");
        assertFalse(night.covers(warsaw("2026-11-28T06:00")));
        assertFalse(night.covers(warsaw("2026-11-27T03:00")), "Friday early morning belongs to Thursday's night");
    }

    @Test
    void fromEqualToToIsAWholeDayAndEveryDayIsAroundTheClock() {
        Shift always = new Shift(EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, WARSAW);
        for (String t : List.of("2026-11-23T00:00", "2026-11-29T23:59", "2026-03-29T02:30", "2026-10-25T02:30")) {
            assertTrue(always.covers(warsaw(t)), t);
        }
    }

    @Test
    void aShiftFollowsItsOwnTimeZoneAcrossDaylightSaving() {
        Shift athens = new Shift(EnumSet.of(DayOfWeek.MONDAY), LocalTime.of(9, 0), LocalTime.of(17, 0),
                ZoneId.of("Europe/Athens"));
        assertTrue(athens.covers(Instant.parse("2026-11-23T07:00:00Z")), "09:00 in Athens in winter (UTC+2)");
        assertFalse(athens.covers(Instant.parse("2026-11-23T06:59:00Z")));
        assertTrue(athens.covers(Instant.parse("2026-06-01T06:00:00Z")), "09:00 in Athens in summer (UTC+3)");
    }

    @Test
    void rulesMatchOnEveryConditionGivenAndKeywordsInAnyScript() {
        Router.Facts polishComplaint = new Router.Facts("facebook", "123", "complaint", "pl",
                "Zamówienie miało być WCZORAJ, a dalej nic 😡");
        assertTrue(new Router.Conditions("facebook", null, "complaint", "pl", null).matches(polishComplaint));
        assertTrue(new Router.Conditions(null, "123", null, null, "wczoraj").matches(polishComplaint));
        assertTrue(new Router.Conditions(null, null, null, null, "ZAMÓWIENIE").matches(polishComplaint));
        assertFalse(new Router.Conditions("instagram", null, null, null, null).matches(polishComplaint));
        assertFalse(new Router.Conditions(null, null, null, "en", null).matches(polishComplaint));
        assertFalse(new Router.Conditions(null, null, "praise", null, null).matches(new Router.Facts("facebook", "1",
                null, null, "?")), "a condition on an unknown moment does not match");
        Router.Facts greek = new Router.Facts("x", "9", "question", "el", "ΠΟΤΕ ΘΑ ΕΙΝΑΙ ΔΙΑΘΕΣΙΜΟΣ;");
        assertTrue(new Router.Conditions(null, null, null, null, "διαθεσιμος").matches(greek),
                "upper-case Greek with a final sigma matches lower case");
        assertTrue(new Router.Conditions(null, null, null, null, "доставку").matches(new Router.Facts("vk", "1",
                null, "ru", "Спасибо за быструю ДОСТАВКУ!")));
        List<String> rules = List.of("a", "b");
        assertEquals(Optional.of("b"), Router.firstMatch(rules, r -> r.equals("a")
                ? new Router.Conditions("x", null, null, null, null)
                : new Router.Conditions(null, null, null, null, null), polishComplaint));
    }

    @Test
    void roundRobinTakesTheNextMemberOnDutyInTurn() {
        List<String> order = List.of("ala", "basia", "celina", "dorota");
        assertEquals(Optional.of("ala"), Router.roundRobin(order, order, null));
        assertEquals(Optional.of("basia"), Router.roundRobin(order, order, "ala"));
        assertEquals(Optional.of("dorota"), Router.roundRobin(order, List.of("ala", "dorota"), "basia"),
                "off-duty members are skipped");
        assertEquals(Optional.of("ala"), Router.roundRobin(order, List.of("ala", "dorota"), "dorota"), "wraps");
        assertEquals(Optional.of("celina"), Router.roundRobin(order, List.of("celina"), "removed-member"));
        assertEquals(Optional.empty(), Router.roundRobin(order, List.of(), "ala"));
    }

    @Test
    void leastLoadedTakesTheMemberWithFewestOpenConversations() {
        assertEquals(Optional.of("basia"), Router.leastLoaded(List.of("ala", "basia", "celina"),
                Map.of("ala", 5L, "basia", 1L, "celina", 3L)));
        assertEquals(Optional.of("celina"), Router.leastLoaded(List.of("ala", "celina"), Map.of("ala", 2L)),
                "no open conversation counts as zero");
        assertEquals(Optional.of("ala"), Router.leastLoaded(List.of("ala", "basia"), Map.of()), "ties by order");
        assertEquals(Optional.empty(), Router.leastLoaded(List.of(), Map.of()));
    }

    @Test
    void onlyMembersOnDutyAreCandidates() {
        Shift weekdays = new Shift(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(16, 0), WARSAW);
        Shift nights = new Shift(EnumSet.allOf(DayOfWeek.class), LocalTime.of(16, 0), LocalTime.of(8, 0), WARSAW);
        List<TeamMember> team = List.of(new TeamMember("day", List.of(weekdays)),
                new TeamMember("night", List.of(nights)));
        assertEquals(List.of("day"), Router.onDuty(team, warsaw("2026-11-23T10:00")));
        assertEquals(List.of("night"), Router.onDuty(team, warsaw("2026-11-23T22:00")));
        assertEquals(List.of("night"), Router.onDuty(team, warsaw("2026-11-28T07:00")), "Friday's night shift");
        assertEquals(List.of(), Router.onDuty(team, warsaw("2026-11-28T10:00")), "Saturday daytime: nobody");
        assertEquals(Set.of(), Set.copyOf(Router.onDuty(List.of(new TeamMember("nobody", List.of())),
                warsaw("2026-11-23T10:00"))));
    }

    @Test
    void onlyAvailableMembersOnDutyAreCandidatesAndTheTurnSkipsTheOthers() {
        List<String> order = List.of("ala", "basia", "celina");
        List<String> available = Router.available(order, Set.of("basia"));
        assertEquals(List.of("ala", "celina"), available, "basia is away");
        assertEquals(Optional.of("celina"), Router.roundRobin(order, available, "ala"), "basia's turn is skipped");
        assertEquals(Optional.of("ala"), Router.leastLoaded(available, java.util.Map.of("ala", 2L, "basia", 0L,
                "celina", 3L)), "basia has least, but is away");
        assertEquals(List.of(), Router.available(order, Set.copyOf(order)));
    }
}
