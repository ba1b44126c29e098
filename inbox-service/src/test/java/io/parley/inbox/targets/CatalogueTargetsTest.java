package io.parley.inbox.targets;

import com.fasterxml.jackson.databind.JsonNode;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Section 9 of the catalogue: the most specific target, and the hours it counts in. */
class CatalogueTargetsTest {

    private static JsonNode json(String s) throws Exception {
        return EventJson.mapper().readTree(s);
    }

    private static final String SECTION = """
            {"defaultMinutes":120,"timeZone":"Europe/Warsaw",
             "hours":{"mode":"business-hours","days":[{"day":"MONDAY","from":"08:00","to":"18:00"},
               {"day":"FRIDAY","from":"08:00","to":"18:00"}]},
             "holidays":["2026-12-25"],
             "targets":[{"channel":"facebook","momentOfTruth":"first-response","priority":"normal","minutes":30},
               {"channel":"facebook","momentOfTruth":"first-response","priority":"urgent","minutes":10},
               {"channel":"facebook","momentOfTruth":"follow-up","priority":"normal","minutes":90},
               {"channel":"linkedin","momentOfTruth":"first-response","priority":"normal","minutes":240}]}""";

    @Test
    void theMostSpecificTargetWins() throws Exception {
        CatalogueTargets t = CatalogueTargets.parse(4, json(SECTION), 60);
        assertEquals(10, t.minutesFor("facebook", "first-response", "urgent"));
        assertEquals(30, t.minutesFor("facebook", "first-response", "normal"));
        assertEquals(90, t.minutesFor("facebook", "follow-up", "normal"));
        assertEquals(90, t.minutesFor("facebook", "follow-up", "high"), "the moment at normal priority");
        assertEquals(10, t.minutesFor("facebook", "resolution", "urgent"), "the channel's first response at priority");
        assertEquals(240, t.minutesFor("linkedin", "follow-up", "low"), "the channel's first response");
        assertEquals(120, t.minutesFor("vk", "first-response", "normal"), "the catalogue's default");
    }

    @Test
    void businessHoursHolidaysAndTheZoneAreRead() throws Exception {
        CatalogueTargets t = CatalogueTargets.parse(4, json(SECTION), 60);
        assertFalse(t.hours().isAlways());
        assertEquals(ZoneId.of("Europe/Warsaw"), t.hours().zone());
        // Friday 25 December is a holiday: Thursday evening waits for Monday.
        assertEquals(Instant.parse("2026-12-28T07:30:00Z"), t.hours().plus(Instant.parse("2026-12-24T16:00:00Z"),
                Duration.ofMinutes(30)));
    }

    @Test
    void aroundTheClockAndMissingPartsFallBackSafely() throws Exception {
        CatalogueTargets t = CatalogueTargets.parse(2, json("""
                {"defaultMinutes":45,"timeZone":"Not/AZone","hours":{"mode":"always","days":[]},
                 "targets":[{"channel":"x","momentOfTruth":"first-response","priority":"normal","minutes":0}]}"""), 60);
        assertTrue(t.hours().isAlways());
        assertEquals(45, t.minutesFor("x", "first-response", "normal"), "a 0-minute target is ignored");
        assertEquals(60, CatalogueTargets.parse(1, null, 60).defaultMinutes());
    }

    @Test
    void theDeadlineComesFromTheNewerOfCatalogueAndPlainTargets() throws Exception {
        ResponseTargetPolicy policy = new ResponseTargetPolicy(Duration.ofHours(1));
        Instant monday = Instant.parse("2026-11-23T16:45:00Z"); // 17:45 in Warsaw
        Optional<CatalogueTargets> catalogue = Optional.of(CatalogueTargets.parse(5, json(SECTION), 60));
        Optional<BrandTargets> plain = Optional.of(new BrandTargets("acme", 5, 90, Map.of(Platform.FACEBOOK, 20)));

        Deadline d = policy.deadline(monday, catalogue, plain, Platform.FACEBOOK, "first-response", "normal");
        assertEquals(30, d.targetMinutes());
        assertEquals(Instant.parse("2026-11-27T07:15:00Z"), d.dueAt(), "15 min on Monday, 15 on Friday from 08:00");
        assertEquals(Instant.parse("2026-11-27T07:07:30Z"), d.warnAt(), "75 % = 22.5 min: 15 on Monday, 7.5 on Friday");

        Optional<BrandTargets> newer = Optional.of(new BrandTargets("acme", 6, 90, Map.of(Platform.FACEBOOK, 20)));
        Deadline plainOne = policy.deadline(monday, catalogue, newer, Platform.FACEBOOK, "first-response", "normal");
        assertEquals(monday.plus(Duration.ofMinutes(20)), plainOne.dueAt(), "plain targets count around the clock");
        assertEquals(monday.plus(Duration.ofMinutes(15)), plainOne.warnAt());

        Deadline fallback = policy.deadline(monday, Optional.empty(), Optional.empty(), Platform.X, "first-response",
                "normal");
        assertEquals(monday.plus(Duration.ofHours(1)), fallback.dueAt());
    }
}
