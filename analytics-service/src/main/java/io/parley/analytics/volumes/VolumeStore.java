package io.parley.analytics.volumes;

import io.parley.platform.time.TimeWindow;
import io.parley.contracts.interactions.InteractionSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One row per interaction heard (keyed by its event id), and the volume and sentiment figures grouped per
 * bucket. Spam counts apart: it is in no moment and in no sentiment.
 *
 * <p>Daily figures read the rollup {@code interaction_day} (V21: per brand, UTC day and channel) for the whole days
 * of the window and the interactions themselves only for the part-days at its ends, so that a year is some hundreds
 * of rows however many interactions it held; hourly figures (at most 31 days) read the interactions. The rollup is
 * kept here, in the transaction that keeps the interaction, and only when the interaction's row is new: a
 * redelivery adds nothing to either.
 */
@ApplicationScoped
public class VolumeStore {

    /** The counts of a bucket, in the order of {@link Counts}'s components, over the rows of interaction_volume. */
    private static final String RAW_COUNTS = """
            count(*) FILTER (WHERE NOT spam AND moment = 'complaint'),
            count(*) FILTER (WHERE NOT spam AND moment = 'question'),
            count(*) FILTER (WHERE NOT spam AND moment = 'suggestion'),
            count(*) FILTER (WHERE NOT spam AND moment = 'praise'),
            count(*) FILTER (WHERE spam),
            count(*) FILTER (WHERE NOT spam AND (moment IS NULL
                             OR moment NOT IN ('complaint', 'question', 'suggestion', 'praise'))),
            count(*),
            count(*) FILTER (WHERE NOT spam AND sentiment = 'positive'),
            count(*) FILTER (WHERE NOT spam AND sentiment = 'neutral'),
            count(*) FILTER (WHERE NOT spam AND sentiment = 'negative'),
            COALESCE(sum(sentiment_score) FILTER (WHERE NOT spam AND sentiment IS NOT NULL), 0),
            count(sentiment_score) FILTER (WHERE NOT spam AND sentiment IS NOT NULL)""";

    /** The same counts summed from the daily rollup. */
    private static final String DAY_COUNTS = """
            sum(complaint), sum(question), sum(suggestion), sum(praise), sum(spam), sum(unclassified), sum(total),
            sum(positive), sum(neutral), sum(negative), sum(score_sum), sum(score_count)""";

    @Inject
    EntityManager em;

    /** Notes one interaction; a redelivery of the same event changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heard(UUID eventId, String brand, String platform, Instant writtenAt, InteractionSignals signals) {
        String moment = signals == null ? null : signals.moment();
        String sentiment = signals == null ? null : signals.sentiment();
        Double score = signals == null ? null : signals.sentimentScore();
        boolean spam = signals != null && signals.spam();
        int inserted = em.createNativeQuery("""
                INSERT INTO interaction_volume (event_id, brand, platform, written_at, language, moment, spam, sentiment,
                                                sentiment_score)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING""")
                .setParameter(1, eventId).setParameter(2, brand).setParameter(3, platform)
                .setParameter(4, Timestamp.from(writtenAt))
                .setParameter(5, signals == null ? null : signals.language())
                .setParameter(6, moment).setParameter(7, spam).setParameter(8, sentiment).setParameter(9, score)
                .executeUpdate();
        if (inserted == 0) {
            return; // heard before: the rollup has it already
        }
        boolean felt = !spam && sentiment != null;
        boolean scored = felt && score != null;
        em.createNativeQuery("""
                INSERT INTO interaction_day AS d (brand, day, platform, complaint, question, suggestion, praise, spam,
                    unclassified, total, positive, neutral, negative, score_sum, score_count)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 1, ?10, ?11, ?12, ?13, ?14)
                ON CONFLICT (brand, day, platform) DO UPDATE SET complaint = d.complaint + EXCLUDED.complaint,
                    question = d.question + EXCLUDED.question, suggestion = d.suggestion + EXCLUDED.suggestion,
                    praise = d.praise + EXCLUDED.praise, spam = d.spam + EXCLUDED.spam,
                    unclassified = d.unclassified + EXCLUDED.unclassified, total = d.total + 1,
                    positive = d.positive + EXCLUDED.positive, neutral = d.neutral + EXCLUDED.neutral,
                    negative = d.negative + EXCLUDED.negative, score_sum = d.score_sum + EXCLUDED.score_sum,
                    score_count = d.score_count + EXCLUDED.score_count""")
                .setParameter(1, brand)
                .setParameter(2, java.sql.Date.valueOf(LocalDate.ofInstant(writtenAt, ZoneOffset.UTC)))
                .setParameter(3, platform)
                .setParameter(4, one(!spam && "complaint".equals(moment)))
                .setParameter(5, one(!spam && "question".equals(moment)))
                .setParameter(6, one(!spam && "suggestion".equals(moment)))
                .setParameter(7, one(!spam && "praise".equals(moment)))
                .setParameter(8, one(spam))
                .setParameter(9, one(!spam && (moment == null
                        || !List.of("complaint", "question", "suggestion", "praise").contains(moment))))
                .setParameter(10, one(felt && "positive".equals(sentiment)))
                .setParameter(11, one(felt && "neutral".equals(sentiment)))
                .setParameter(12, one(felt && "negative".equals(sentiment)))
                .setParameter(13, scored ? score : 0.0).setParameter(14, one(scored))
                .executeUpdate();
    }

    private static int one(boolean counts) {
        return counts ? 1 : 0;
    }

    @Transactional
    public List<Volumes.VolumeBucket> volumes(String brand, Optional<String> platform, TimeWindow window,
            Bucket bucket) {
        Map<Instant, Counts> rows = grouped(brand, platform, window, bucket);
        List<Volumes.VolumeBucket> buckets = new ArrayList<>();
        for (Instant start : bucket.starts(window.from(), window.to())) {
            Counts c = rows.getOrDefault(start, Counts.NONE);
            buckets.add(new Volumes.VolumeBucket(start, c.complaint, c.question, c.suggestion, c.praise, c.spam,
                    c.unclassified, c.total));
        }
        return buckets;
    }

    @Transactional
    public List<Volumes.SentimentBucket> sentiment(String brand, Optional<String> platform, TimeWindow window,
            Bucket bucket) {
        Map<Instant, Counts> rows = grouped(brand, platform, window, bucket);
        List<Volumes.SentimentBucket> buckets = new ArrayList<>();
        for (Instant start : bucket.starts(window.from(), window.to())) {
            Counts c = rows.getOrDefault(start, Counts.NONE);
            buckets.add(new Volumes.SentimentBucket(start, c.positive, c.neutral, c.negative,
                    c.scoreCount == 0 ? null : c.scoreSum / c.scoreCount));
        }
        return buckets;
    }

    /**
     * The counts per bucket start (UTC), only buckets with rows: for days, the rollup's whole days of the window and
     * the interactions of the part-days at its ends; for hours, the interactions.
     */
    private Map<Instant, Counts> grouped(String brand, Optional<String> platform, TimeWindow window,
            Bucket bucket) {
        Map<Instant, Counts> out = new HashMap<>();
        Instant firstWholeDay = Bucket.DAY.floor(window.from()).equals(window.from()) ? window.from()
                : Bucket.DAY.floor(window.from()).plus(1, ChronoUnit.DAYS);
        Instant afterWholeDays = Bucket.DAY.floor(window.to());
        if (bucket != Bucket.DAY || !firstWholeDay.isBefore(afterWholeDays)) {
            raw(out, brand, platform, window.from(), window.to(), bucket);
            return out;
        }
        raw(out, brand, platform, window.from(), firstWholeDay, bucket);
        Query q = em.createNativeQuery("SELECT extract(epoch FROM day::timestamp)::bigint, " + DAY_COUNTS
                + " FROM interaction_day WHERE brand = ?1 AND day >= ?2 AND day < ?3"
                + (platform.isPresent() ? " AND platform = ?4" : "") + " GROUP BY day")
                .setParameter(1, brand)
                .setParameter(2, java.sql.Date.valueOf(LocalDate.ofInstant(firstWholeDay, ZoneOffset.UTC)))
                .setParameter(3, java.sql.Date.valueOf(LocalDate.ofInstant(afterWholeDays, ZoneOffset.UTC)));
        platform.ifPresent(p -> q.setParameter(4, p));
        add(out, q);
        raw(out, brand, platform, afterWholeDays, window.to(), bucket);
        return out;
    }

    /** Adds the counts of the interactions written in {@code [from, to)}, per bucket. */
    private void raw(Map<Instant, Counts> out, String brand, Optional<String> platform, Instant from, Instant to,
            Bucket bucket) {
        if (!from.isBefore(to)) {
            return;
        }
        // the bucket's field is one of the enum's constants, never user text
        Query q = em.createNativeQuery("SELECT extract(epoch FROM date_trunc('" + bucket.sqlField()
                + "', written_at AT TIME ZONE 'UTC'))::bigint AS b, " + RAW_COUNTS
                + " FROM interaction_volume WHERE brand = ?1 AND written_at >= ?2 AND written_at < ?3"
                + (platform.isPresent() ? " AND platform = ?4" : "") + " GROUP BY 1")
                .setParameter(1, brand).setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(to));
        platform.ifPresent(p -> q.setParameter(4, p));
        add(out, q);
    }

    private static void add(Map<Instant, Counts> out, Query q) {
        for (Object row : q.getResultList()) {
            Object[] r = (Object[]) row;
            Counts c = new Counts(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7]), n(r[8]), n(r[9]),
                    n(r[10]), ((Number) r[11]).doubleValue(), n(r[12]));
            out.merge(Instant.ofEpochSecond(n(r[0])), c, Counts::plus);
        }
    }

    /** A bucket's counts (spam apart from the moments and the sentiment) and its sentiment scores' sum and count. */
    private record Counts(long complaint, long question, long suggestion, long praise, long spam, long unclassified,
            long total, long positive, long neutral, long negative, double scoreSum, long scoreCount) {

        static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Counts plus(Counts o) {
            return new Counts(complaint + o.complaint, question + o.question, suggestion + o.suggestion,
                    praise + o.praise, spam + o.spam, unclassified + o.unclassified, total + o.total,
                    positive + o.positive, neutral + o.neutral, negative + o.negative, scoreSum + o.scoreSum,
                    scoreCount + o.scoreCount);
        }
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
