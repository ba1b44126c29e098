package io.parley.analytics.spikes;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Watches each brand's complaints and negative interactions in a sliding window against the baseline before it,
 * and raises {@code SpikeDetected} on {@code parley.alerts.v1} (through the outbox) when the window spikes — at
 * most once per brand, signal and window. Time is the time Parley observed each interaction, so a replay of
 * the topic reaches the same verdicts.
 */
@ApplicationScoped
public class SpikeWatch {

    static final String SERVICE = "analytics-service";

    private final EntityManager em;
    private final Outbox outbox;
    private final Clock clock;
    private final SpikeConfig config;
    private final SpikeRule rule;

    @Inject
    public SpikeWatch(EntityManager em, Outbox outbox, Clock clock, SpikeConfig config) {
        this.em = em;
        this.outbox = outbox;
        this.clock = clock;
        this.config = config;
        this.rule = new SpikeRule(config.window(), config.baseline(), config.factor(), config.minCount());
    }

    /** Notes one interaction with the signal (complaint or negative) and raises a spike when the window has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heard(UUID eventId, String brand, String signal, Instant observedAt, String text) {
        int inserted = em.createNativeQuery("""
                INSERT INTO spike_observation (event_id, signal, brand, observed_at, words) VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT DO NOTHING""").setParameter(1, eventId).setParameter(2, signal).setParameter(3, brand)
                .setParameter(4, Timestamp.from(observedAt)).setParameter(5, text == null ? "" : text).executeUpdate();
        if (inserted == 0) {
            return;
        }
        Instant windowStart = observedAt.minus(config.window());
        Instant baselineStart = windowStart.minus(config.baseline());
        Object[] counts = (Object[]) em.createNativeQuery("""
                SELECT count(*) FILTER (WHERE observed_at > ?3), count(*) FILTER (WHERE observed_at <= ?3)
                FROM spike_observation WHERE brand = ?1 AND signal = ?2 AND observed_at > ?4 AND observed_at <= ?5""")
                .setParameter(1, brand).setParameter(2, signal).setParameter(3, Timestamp.from(windowStart))
                .setParameter(4, Timestamp.from(baselineStart)).setParameter(5, Timestamp.from(observedAt))
                .getSingleResult();
        var spike = rule.test(((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
        if (spike.isEmpty()) {
            return;
        }
        long recent = ((Number) em.createNativeQuery("""
                SELECT count(*) FROM spike_alert WHERE brand = ?1 AND signal = ?2 AND window_end > ?3""")
                .setParameter(1, brand).setParameter(2, signal).setParameter(3, Timestamp.from(windowStart))
                .getSingleResult()).longValue();
        if (recent > 0) {
            return; // this window's spike is already raised
        }
        @SuppressWarnings("unchecked")
        List<String> texts = em.createNativeQuery("""
                SELECT words FROM spike_observation WHERE brand = ?1 AND signal = ?2 AND observed_at > ?3
                  AND observed_at <= ?4""").setParameter(1, brand).setParameter(2, signal)
                .setParameter(3, Timestamp.from(windowStart)).setParameter(4, Timestamp.from(observedAt))
                .getResultList();
        UUID id = StableIds.of("spike", brand, signal, observedAt.toString());
        em.createNativeQuery("""
                INSERT INTO spike_alert (id, brand, signal, window_start, window_end, count, baseline, raised_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""").setParameter(1, id).setParameter(2, brand)
                .setParameter(3, signal).setParameter(4, Timestamp.from(windowStart))
                .setParameter(5, Timestamp.from(observedAt)).setParameter(6, spike.get().count())
                .setParameter(7, spike.get().baselinePerWindow()).setParameter(8, Timestamp.from(clock.instant()))
                .executeUpdate();
        outbox.add(brand, Event.of(id, SERVICE, brand, brand, observedAt, clock.instant(), new SpikeDetected(id, signal,
                windowStart, observedAt, spike.get().count(), spike.get().baselinePerWindow(), spike.get().ratio(),
                SpikeRule.topWords(texts, config.topTerms()))));
    }
}
