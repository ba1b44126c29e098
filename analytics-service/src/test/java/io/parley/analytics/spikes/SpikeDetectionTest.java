package io.parley.analytics.spikes;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.testsupport.EventTail;
import io.parley.testsupport.ParleyInfrastructure;
import io.parley.testsupport.TestEvents;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A burst of complaints for a brand raises one spike alert; the same volume on a busy baseline does not. */
@QuarkusTest
@QuarkusTestResource(value = ParleyInfrastructure.class, initArgs = @ResourceArg(name = "database",
        value = "analytics"))
class SpikeDetectionTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EntityManager em;

    static void hear(String brand, String text, String moment, String sentiment, Instant observedAt) {
        String id = UUID.randomUUID().toString();
        InteractionReceived received = new InteractionReceived(StableIds.of("t", id), Platform.FACEBOOK, "p",
                InteractionKind.COMMENT, id, null, null, id, new Author("a" + id, "Ola", null), text, null, observedAt,
                new InteractionSignals("pl", 0.9, moment, 0.9, false, 0, false, 0, sentiment, -0.7, "test", List.of()));
        TestEvents.send(brand + ":facebook:" + id, Event.of(UUID.randomUUID(), "ingest-service", brand,
                brand + ":facebook:" + id, observedAt, observedAt, received));
    }

    @Transactional
    long count(String table, String brand) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM " + table + " WHERE brand = ?1")
                .setParameter(1, brand).getSingleResult()).longValue();
    }

    @Test
    void tenComplaintsInAQuarterOfAnHourForAQuietBrandRaiseOneSpike() {
        String brand = "spike-" + UUID.randomUUID();
        Instant now = Instant.now();
        for (int i = 0; i < 9; i++) {
            hear(brand, "Awaria aplikacji, nie mogę zapłacić!", "complaint", "neutral", now.minusSeconds(60 * i));
        }
        await().atMost(WAIT).until(() -> count("spike_observation", brand) == 9);
        assertEquals(0, count("spike_alert", brand));
        try (EventTail alerts = EventTail.open(Topics.ALERTS)) {
            hear(brand, "Aplikacja: awaria płatności", "complaint", "negative", now.plusSeconds(1));
            var spike = alerts.awaitEvent(SpikeDetected.class, e -> e.brand().equals(brand), WAIT);
            assertEquals("complaint", spike.data().signal());
            assertEquals(10, spike.data().count());
            assertEquals(0.0, spike.data().baselinePerWindow());
            assertEquals("awaria", spike.data().topTerms().get(0));
            assertEquals(Duration.ofMinutes(15), Duration.between(spike.data().windowStart(), spike.data().windowEnd()));
        }
        hear(brand, "Dalej awaria", "complaint", "neutral", now.plusSeconds(2));
        await().atMost(WAIT).until(() -> count("spike_observation", brand) == 12); // 11 complaints + 1 negative
        assertEquals(1, count("spike_alert", brand), "one spike per window");
    }

    @Test
    void aBrandThatAlwaysHearsThisMuchHasNoSpike() {
        String brand = "busy-" + UUID.randomUUID();
        Instant now = Instant.now();
        // baseline (test profile: 2 h before the window): 40 negatives = 5 per quarter of an hour
        for (int i = 0; i < 40; i++) {
            hear(brand, "Słaba obsługa", "question", "negative", now.minus(Duration.ofMinutes(20 + 2 * i)));
        }
        for (int i = 0; i < 12; i++) {
            hear(brand, "Słaba obsługa", "question", "negative", now.minusSeconds(30 * i));
        }
        await().atMost(WAIT).until(() -> count("spike_observation", brand) == 52);
        assertEquals(0, count("spike_alert", brand), "12 < 3 × 5");
        assertTrue(count("spike_observation", brand) > 0);
    }
}
