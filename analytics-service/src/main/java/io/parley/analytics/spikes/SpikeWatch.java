package io.parley.analytics.spikes;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.alerts.SpikeDetected;
import io.parley.platform.outbox.Outbox;
import io.parley.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** An interaction with a signal to watch (complaint or negative): its event id, brand, time and words. */
    public record Observation(UUID eventId, String brand, String signal, Instant observedAt, String text) {
    }

    /** Notes one interaction with the signal (complaint or negative) and raises a spike when the window has one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heard(UUID eventId, String brand, String signal, Instant observedAt, String text) {
        heardAll(List.of(new Observation(eventId, brand, signal, observedAt, text)));
    }

    /**
     * Notes a batch of observations in one statement, then looks for a spike per brand and signal — not after each
     * observation (a count over the window and its baseline each time, which grows with the baseline) but at the end
     * of each run of the batch's new observations less than {@link #RUN_GAP} apart, in time order. Under load a batch
     * spans a second or two and is looked at once per brand and signal; a replay of quiet hours, whose observations
     * lie further apart, is looked at observation by observation, as before. An observation noted before changes
     * nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heardAll(List<Observation> observations) {
        Map<String, Observation> byKey = new LinkedHashMap<>();
        observations.forEach(o -> byKey.putIfAbsent(o.eventId() + "|" + o.signal(), o));
        if (byKey.isEmpty()) {
            return;
        }
        List<Observation> rows = new ArrayList<>(byKey.values());
        @SuppressWarnings("unchecked")
        List<Object[]> inserted = em.createNativeQuery("""
                INSERT INTO spike_observation (event_id, signal, brand, observed_at, words)
                SELECT event_id, signal, brand, observed_at, words
                FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS timestamptz[]),
                            CAST(?5 AS text[])) AS r(event_id, signal, brand, observed_at, words)
                ON CONFLICT DO NOTHING
                RETURNING event_id, signal""")
                .setParameter(1, SqlArrays.uuids(rows.stream().map(Observation::eventId).toList()))
                .setParameter(2, SqlArrays.text(rows.stream().map(Observation::signal).toList()))
                .setParameter(3, SqlArrays.text(rows.stream().map(Observation::brand).toList()))
                .setParameter(4, SqlArrays.instants(rows.stream().map(Observation::observedAt).toList()))
                .setParameter(5, SqlArrays.text(rows.stream().map(o -> o.text() == null ? "" : o.text()).toList()))
                .getResultList();
        Set<String> fresh = new HashSet<>();
        inserted.forEach(r -> fresh.add(r[0] + "|" + r[1]));
        Map<Watched, List<Instant>> times = new LinkedHashMap<>();
        for (Observation o : rows) {
            if (fresh.contains(o.eventId() + "|" + o.signal())) {
                times.computeIfAbsent(new Watched(o.brand(), o.signal()), k -> new ArrayList<>()).add(o.observedAt());
            }
        }
        times.forEach((watched, at) -> {
            at.sort(null);
            for (int i = 0; i < at.size(); i++) {
                boolean endOfRun = i == at.size() - 1 || at.get(i + 1).isAfter(at.get(i).plus(RUN_GAP));
                if (endOfRun) {
                    lookForSpike(watched.brand(), watched.signal(), at.get(i));
                }
            }
        });
    }

    /** A brand's signal, watched on its own. */
    private record Watched(String brand, String signal) {
    }

    /** Observations of a batch closer than this are one run, looked at once, at its last. */
    static final Duration RUN_GAP = Duration.ofMinutes(1);

    /** Raises a spike of the brand's signal at {@code observedAt} if the window up to then has one not yet raised. */
    private void lookForSpike(String brand, String signal, Instant observedAt) {
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
