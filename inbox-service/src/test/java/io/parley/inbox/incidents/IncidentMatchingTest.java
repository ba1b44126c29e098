package io.parley.inbox.incidents;

import io.parley.contracts.alerts.SpikeDetected;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which messages and conversations an incident gathers, as a manager reading the rules in docs/inbox.md expects. */
class IncidentMatchingTest {

    private static final UUID INCIDENT = UUID.randomUUID();
    private static final UUID OTHER = UUID.randomUUID();

    @Test
    void aSignalTakesOnlyItsMessagesAndNoSignalTakesAll() {
        assertTrue(IncidentMatching.hasSignal("complaint", "complaint", "neutral"));
        assertFalse(IncidentMatching.hasSignal("complaint", "question", "negative"));
        assertTrue(IncidentMatching.hasSignal("negative", "question", "negative"));
        assertFalse(IncidentMatching.hasSignal("negative", "complaint", "positive"));
        assertTrue(IncidentMatching.hasSignal(null, "praise", "positive"));
    }

    @Test
    void wordsMustBeSaidInSomeFormAndNoWordsTakeEveryText() {
        assertTrue(IncidentMatching.matchesTerms("awaria płatność", "Płatności nie przechodzą", "pl"));
        assertFalse(IncidentMatching.matchesTerms("awaria płatność", "Dziękuję za szybką dostawę", "pl"));
        assertTrue(IncidentMatching.matchesTerms("", "Dziękuję za szybką dostawę", "pl"));
    }

    @Test
    void aFreeConversationIsTakenByAnyIncident() {
        assertTrue(IncidentMatching.mayTake(INCIDENT, "", null, null));
        assertTrue(IncidentMatching.mayTake(INCIDENT, "payment", null, null));
    }

    @Test
    void anIncidentAboutWordsTakesAConversationFromAnOpenIncidentWithoutWordsOnly() {
        assertTrue(IncidentMatching.mayTake(INCIDENT, "payment", OTHER, new IncidentMatching.Holder(true, "")));
        assertFalse(IncidentMatching.mayTake(INCIDENT, "payment", OTHER, new IncidentMatching.Holder(true, "login")));
        assertFalse(IncidentMatching.mayTake(INCIDENT, "payment", OTHER, new IncidentMatching.Holder(false, "")));
        assertFalse(IncidentMatching.mayTake(INCIDENT, "payment", OTHER, null)); // the holder is gone
    }

    @Test
    void anIncidentWithoutWordsNeverTakesAHeldConversationNorTakesOneTwice() {
        assertFalse(IncidentMatching.mayTake(INCIDENT, "", OTHER, new IncidentMatching.Holder(true, "")));
        assertFalse(IncidentMatching.mayTake(INCIDENT, "payment", INCIDENT, new IncidentMatching.Holder(true, "")));
    }

    @Test
    void aSpikesTitleSaysHowManyOfWhatInHowLong() {
        Instant from = Instant.parse("2026-12-06T09:00:00Z");
        assertEquals("Spike: 42 complaints in 15 min — payment, card", IncidentMatching.spikeTitle(new SpikeDetected(
                UUID.randomUUID(), "complaint", from, from.plusSeconds(900), 42, 3.5, 12, List.of("payment", "card"))));
        assertEquals("Spike: 7 negative interactions in 60 min", IncidentMatching.spikeTitle(new SpikeDetected(
                UUID.randomUUID(), "negative", from, from.plusSeconds(3600), 7, 1, 7, List.of())));
    }
}
