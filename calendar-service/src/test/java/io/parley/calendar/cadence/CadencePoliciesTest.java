package io.parley.calendar.cadence;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cadence policies on the clocks of Warsaw, across both DST changes of 2026 (29 March and 25 October). */
class CadencePoliciesTest {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    private static final Instant FAR = Instant.parse("2030-01-01T00:00:00Z");

    private static CadenceRules.Rule rule(Integer perWeek, Integer gap, List<CadenceRules.QuietHours> quiet,
            List<CadenceRules.Blackout> blackouts) {
        return new CadenceRules.Rule("channel facebook", perWeek, gap, quiet, blackouts);
    }

    private static CadenceRules.QuietHours nights() {
        return new CadenceRules.QuietHours(Set.of(), LocalTime.of(22, 0), LocalTime.of(7, 0));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    private static Instant next(CadenceRules.Rule rule, List<Instant> planned, String after) {
        return SlotFinder.next(rule, WARSAW, planned, at(after), FAR).orElseThrow().at();
    }

    @Test
    void aQuietNightEndsAtSevenOnTheClockAcrossBothDstChanges() {
        CadenceRules.Rule rule = rule(null, null, List.of(nights()), List.of());
        // 28 March 22:30 CET (UTC+1); the clocks jump to summer time overnight: 07:00 CEST is 05:00 UTC.
        assertEquals(at("2026-03-29T05:00:00Z"), next(rule, List.of(), "2026-03-28T21:30:00Z"));
        // 24 October 23:00 CEST (UTC+2); back to winter time overnight: 07:00 CET is 06:00 UTC.
        assertEquals(at("2026-10-25T06:00:00Z"), next(rule, List.of(), "2026-10-24T21:00:00Z"));
        // The repeated hour 02:00-03:00 of 25 October is quiet both times it passes.
        assertEquals(at("2026-10-25T06:00:00Z"), next(rule, List.of(), "2026-10-25T00:30:00Z"));
        assertEquals(at("2026-10-25T06:00:00Z"), next(rule, List.of(), "2026-10-25T01:30:00Z"));
        // Outside the quiet hours nothing moves (rounded up to the minute).
        assertEquals(at("2026-10-25T06:01:00Z"), next(rule, List.of(), "2026-10-25T06:00:30Z"));
    }

    @Test
    void quietHoursOnSomeDaysAndAWholeDay() {
        CadenceRules.QuietHours sunday = new CadenceRules.QuietHours(Set.of(DayOfWeek.SUNDAY), LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT);
        CadenceRules.Rule rule = rule(null, null, List.of(sunday), List.of());
        // Sunday 29 March, the day of the spring change (23 hours long): free again on Monday 00:00 CEST.
        assertEquals(at("2026-03-29T22:00:00Z"), next(rule, List.of(), "2026-03-29T10:00:00Z"));
        // Saturday is not quiet.
        assertEquals(at("2026-03-28T10:00:00Z"), next(rule, List.of(), "2026-03-28T10:00:00Z"));
    }

    @Test
    void blackoutsEndAtLocalMidnightAndSayWhy() {
        CadenceRules.Blackout christmas = new CadenceRules.Blackout(LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 26), "Wigilia i święta");
        CadenceRules.Rule rule = rule(null, null, List.of(nights()), List.of(christmas));
        SlotFinder.Slot slot = SlotFinder.next(rule, WARSAW, List.of(), at("2026-12-24T09:00:00Z"), FAR).orElseThrow();
        // 27 December 00:00 is in the quiet night too: 07:00 CET.
        assertEquals(at("2026-12-27T06:00:00Z"), slot.at());
        assertEquals(List.of("blackout 2026-12-24 to 2026-12-26 (Wigilia i święta)", "quiet hours 22:00–07:00"),
                slot.movedBecause());
        // A blackout over the whole horizon: no slot.
        CadenceRules.Blackout year = new CadenceRules.Blackout(LocalDate.of(2029, 1, 1), LocalDate.of(2029, 12, 31), null);
        assertTrue(SlotFinder.next(rule(null, null, List.of(), List.of(year)), WARSAW, List.of(),
                at("2029-02-01T00:00:00Z"), at("2029-12-01T00:00:00Z")).isEmpty());
    }

    @Test
    void theGapIsKeptOnBothSidesOfEveryPlannedPost() {
        CadenceRules.Rule rule = rule(null, 240, List.of(nights()), List.of());
        List<Instant> planned = List.of(at("2026-06-10T08:00:00Z"), at("2026-06-10T12:30:00Z"));
        // 09:00 is within 4 hours of both posts: after the later one, 16:30.
        SlotFinder.Slot slot = SlotFinder.next(rule, WARSAW, planned, at("2026-06-10T09:00:00Z"), FAR).orElseThrow();
        assertEquals(at("2026-06-10T16:30:00Z"), slot.at());
        assertEquals(List.of("at least 240 minutes after the post planned at 2026-06-10T12:30:00Z"), slot.movedBecause());
        // 07:00 is an hour before the first post: 12:00 would be 30 minutes before the second, so 16:30 again.
        assertEquals(at("2026-06-10T16:30:00Z"), next(rule, planned, "2026-06-10T07:00:00Z"));
        // Before the first post, far enough from it: free.
        assertEquals(at("2026-06-10T04:00:00Z"), next(rule(null, 240, List.of(), List.of()), planned,
                "2026-06-10T04:00:00Z"));
        // 18:45 UTC + 4 h = 22:45 local... in summer 20:45 CEST is free; 21:30 UTC is 23:30 CEST, quiet until 07:00.
        assertEquals(at("2026-06-11T05:00:00Z"), next(rule, planned, "2026-06-10T21:30:00Z"));
    }

    @Test
    void aFullWeekMovesTheSlotToMondayOnTheClock() {
        CadenceRules.Rule rule = rule(2, null, List.of(), List.of());
        // The week of Monday 23 March 2026 (it loses an hour on Sunday): two posts already.
        List<Instant> planned = List.of(at("2026-03-24T09:00:00Z"), at("2026-03-26T09:00:00Z"));
        SlotFinder.Slot slot = SlotFinder.next(rule, WARSAW, planned, at("2026-03-27T09:00:00Z"), FAR).orElseThrow();
        assertEquals(at("2026-03-29T22:00:00Z"), slot.at()); // Monday 30 March 00:00 CEST
        assertEquals(List.of("the week of 2026-03-23 already has 2 of 2 posts"), slot.movedBecause());
    }

    @Test
    void weeksFollowTheLocalClockAndFlagGapsOverloadsAndViolations() {
        CadenceRules.Blackout blackout = new CadenceRules.Blackout(LocalDate.of(2026, 10, 28),
                LocalDate.of(2026, 10, 28), "embargo");
        CadenceRules.Rule rule = rule(2, 120, List.of(nights()), List.of(blackout));
        UUID story = UUID.randomUUID();
        CadencePlan.Planned a = new CadencePlan.Planned(UUID.randomUUID(), story, at("2026-10-19T09:00:00Z"));
        CadencePlan.Planned b = new CadencePlan.Planned(UUID.randomUUID(), story, at("2026-10-19T10:00:00Z"));
        CadencePlan.Planned c = new CadencePlan.Planned(UUID.randomUUID(), story, at("2026-10-20T21:30:00Z"));
        // Sunday 25 October 23:30 CET is 22:30 UTC: still the week of 19 October, in quiet hours.
        CadencePlan.Planned d = new CadencePlan.Planned(UUID.randomUUID(), story, at("2026-10-25T22:30:00Z"));
        // Monday 26 October 00:30 CET is 25 October 23:30 UTC: the next week.
        CadencePlan.Planned e = new CadencePlan.Planned(UUID.randomUUID(), story, at("2026-10-25T23:30:00Z"));
        CadencePlan.Planned f = new CadencePlan.Planned(UUID.randomUUID(), story, at("2026-10-28T12:00:00Z"));
        CadencePlan.Result result = CadencePlan.of(rule, WARSAW, List.of(f, e, d, c, b, a),
                at("2026-10-19T00:00:00Z"), at("2026-11-08T23:00:00Z"));
        assertEquals(List.of(LocalDate.of(2026, 10, 19), LocalDate.of(2026, 10, 26), LocalDate.of(2026, 11, 2)),
                result.weeks().stream().map(CadencePlan.Week::week).toList());
        CadencePlan.Week first = result.weeks().get(0);
        assertEquals(at("2026-10-18T22:00:00Z"), first.from()); // Monday 00:00 CEST
        assertEquals(at("2026-10-25T23:00:00Z"), first.to());   // Monday 00:00 CET: a week of 169 hours
        assertEquals(4, first.planned());
        assertEquals(2, first.overload());
        assertEquals(CadencePlan.OVER, first.state());
        assertEquals(2, result.weeks().get(1).planned());
        assertEquals(CadencePlan.ON_TARGET, result.weeks().get(1).state());
        assertEquals(2, result.weeks().get(2).shortfall());
        assertEquals(CadencePlan.UNDER, result.weeks().get(2).state());

        List<String> kinds = result.violations().stream().map(v -> v.kind() + ":" + (v.variantId().equals(b.variantId())
                ? "b" : v.variantId().equals(c.variantId()) ? "c" : v.variantId().equals(d.variantId()) ? "d"
                : v.variantId().equals(e.variantId()) ? "e" : v.variantId().equals(f.variantId()) ? "f" : "?")).toList();
        assertEquals(List.of("gap:b", "quiet-hours:c", "quiet-hours:d", "gap:e", "quiet-hours:e", "blackout:f"), kinds);
        assertEquals(a.variantId(), result.violations().get(0).otherVariantId());
        assertEquals("60 minutes after the previous post; the minimum gap is 120 minutes",
                result.violations().get(0).detail());
    }

    @Test
    void withoutATargetTheWeeksCountOnly() {
        CadencePlan.Result result = CadencePlan.of(CadenceRules.none(WARSAW).ruleFor("a", "facebook"), WARSAW,
                List.of(), at("2026-06-03T10:00:00Z"), at("2026-06-04T10:00:00Z"));
        assertEquals(1, result.weeks().size());
        assertEquals(CadencePlan.NO_TARGET, result.weeks().get(0).state());
        assertFalse(CadenceRules.none(WARSAW).ruleFor("a", "facebook").hasTarget());
    }

    @Test
    void anAccountsOwnTargetWinsOverItsPlatformsAndBlackoutsAddUp() throws Exception {
        CadenceRules rules = CadenceRules.from(new ObjectMapper().readTree("""
                {"responseTargets":{"timeZone":"Europe/Warsaw"},
                 "cadence":{"blackouts":[{"from":"2026-12-24","to":"2026-12-26","reason":"Christmas"}],
                  "targets":[{"channel":"facebook","postsPerWeek":5,"minGapMinutes":240,
                              "quietHours":[{"days":["SUNDAY"],"from":"22:00","to":"07:00"}]},
                             {"channelAccount":"fb-2","postsPerWeek":7,"blackouts":[{"from":"2027-01-06","to":"2027-01-06"}]}]}}"""));
        assertEquals(WARSAW, rules.zone());
        CadenceRules.Rule platform = rules.ruleFor("fb-1", "facebook");
        assertEquals(5, platform.postsPerWeek());
        assertEquals(Set.of(DayOfWeek.SUNDAY), platform.quietHours().get(0).days());
        assertEquals(1, platform.blackouts().size());
        CadenceRules.Rule own = rules.ruleFor("fb-2", "facebook");
        assertEquals(7, own.postsPerWeek());
        assertEquals("channelAccount fb-2", own.source());
        assertEquals(2, own.blackouts().size());
        CadenceRules.Rule none = rules.ruleFor("x-1", "x");
        assertFalse(none.hasTarget());
        assertEquals(1, none.blackouts().size());
        // A catalogue without section 10 (or without a zone): no targets, UTC.
        assertEquals(ZoneId.of("UTC"), CadenceRules.from(new ObjectMapper().readTree("{}")).zone());
    }
}
