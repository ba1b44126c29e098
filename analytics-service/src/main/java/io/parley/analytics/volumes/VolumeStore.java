package io.parley.analytics.volumes;

import io.parley.analytics.responsetimes.ReportingWindow;
import io.parley.contracts.interactions.InteractionSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One row per interaction heard (keyed by its event id), and the volume and sentiment figures grouped per
 * bucket in SQL. Spam counts apart: it is in no moment and in no sentiment.
 */
@ApplicationScoped
public class VolumeStore {

    @Inject
    EntityManager em;

    /** Notes one interaction; a redelivery of the same event changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heard(UUID eventId, String brand, String platform, Instant writtenAt, InteractionSignals signals) {
        em.createNativeQuery("""
                INSERT INTO interaction_volume (event_id, brand, platform, written_at, language, moment, spam, sentiment,
                                                sentiment_score)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING""")
                .setParameter(1, eventId).setParameter(2, brand).setParameter(3, platform)
                .setParameter(4, Timestamp.from(writtenAt))
                .setParameter(5, signals == null ? null : signals.language())
                .setParameter(6, signals == null ? null : signals.moment())
                .setParameter(7, signals != null && signals.spam())
                .setParameter(8, signals == null ? null : signals.sentiment())
                .setParameter(9, signals == null ? null : signals.sentimentScore())
                .executeUpdate();
    }

    @Transactional
    public List<Volumes.VolumeBucket> volumes(String brand, Optional<String> platform, ReportingWindow window,
            Bucket bucket) {
        Map<Instant, Object[]> rows = grouped("""
                count(*) FILTER (WHERE NOT spam AND moment = 'complaint'),
                count(*) FILTER (WHERE NOT spam AND moment = 'question'),
                count(*) FILTER (WHERE NOT spam AND moment = 'suggestion'),
                count(*) FILTER (WHERE NOT spam AND moment = 'praise'),
                count(*) FILTER (WHERE spam),
                count(*) FILTER (WHERE NOT spam AND (moment IS NULL
                                 OR moment NOT IN ('complaint', 'question', 'suggestion', 'praise'))),
                count(*)""", brand, platform, window, bucket);
        List<Volumes.VolumeBucket> buckets = new ArrayList<>();
        for (Instant start : bucket.starts(window.from(), window.to())) {
            Object[] r = rows.get(start);
            buckets.add(r == null ? new Volumes.VolumeBucket(start, 0, 0, 0, 0, 0, 0, 0)
                    : new Volumes.VolumeBucket(start, n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])));
        }
        return buckets;
    }

    @Transactional
    public List<Volumes.SentimentBucket> sentiment(String brand, Optional<String> platform, ReportingWindow window,
            Bucket bucket) {
        Map<Instant, Object[]> rows = grouped("""
                count(*) FILTER (WHERE NOT spam AND sentiment = 'positive'),
                count(*) FILTER (WHERE NOT spam AND sentiment = 'neutral'),
                count(*) FILTER (WHERE NOT spam AND sentiment = 'negative'),
                avg(sentiment_score) FILTER (WHERE NOT spam AND sentiment IS NOT NULL)""", brand, platform, window,
                bucket);
        List<Volumes.SentimentBucket> buckets = new ArrayList<>();
        for (Instant start : bucket.starts(window.from(), window.to())) {
            Object[] r = rows.get(start);
            buckets.add(r == null ? new Volumes.SentimentBucket(start, 0, 0, 0, null)
                    : new Volumes.SentimentBucket(start, n(r[1]), n(r[2]), n(r[3]),
                            r[4] == null ? null : ((Number) r[4]).doubleValue()));
        }
        return buckets;
    }

    /** The aggregates per bucket start (UTC), only buckets with rows. */
    private Map<Instant, Object[]> grouped(String aggregates, String brand, Optional<String> platform,
            ReportingWindow window, Bucket bucket) {
        // the bucket's field is one of the enum's constants, never user text
        Query q = em.createNativeQuery("SELECT extract(epoch FROM date_trunc('" + bucket.sqlField()
                + "', written_at AT TIME ZONE 'UTC'))::bigint AS b, " + aggregates
                + " FROM interaction_volume WHERE brand = ?1 AND written_at >= ?2 AND written_at < ?3"
                + (platform.isPresent() ? " AND platform = ?4" : "") + " GROUP BY 1")
                .setParameter(1, brand).setParameter(2, Timestamp.from(window.from()))
                .setParameter(3, Timestamp.from(window.to()));
        platform.ifPresent(p -> q.setParameter(4, p));
        Map<Instant, Object[]> rows = new HashMap<>();
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            rows.put(Instant.ofEpochSecond(n(r[0])), r);
        }
        return rows;
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
