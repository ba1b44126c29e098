package io.parley.analytics.volumes;

import io.parley.platform.time.TimeWindow;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.platform.sql.SqlArrays;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

    /** One interaction heard: its event id, brand, channel, time written and signals (null when none). */
    public record Heard(UUID eventId, String brand, String platform, Instant writtenAt, InteractionSignals signals) {
    }

    /** Notes one interaction; a redelivery of the same event changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heard(UUID eventId, String brand, String platform, Instant writtenAt, InteractionSignals signals) {
        heardAll(List.of(new Heard(eventId, brand, platform, writtenAt, signals)));
    }

    /**
     * Notes a batch of interactions in two statements: their rows in one multi-row insert, and the daily rollup of
     * those that were new, summed per brand, day and channel in Java, in one multi-row upsert (in key order, so two
     * consumers' batches take the rollup's rows in the same order). An interaction heard before (a redelivery, or
     * twice in the batch) adds nothing to either.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void heardAll(List<Heard> interactions) {
        Map<UUID, Heard> byId = new LinkedHashMap<>();
        interactions.forEach(h -> byId.putIfAbsent(h.eventId(), h));
        if (byId.isEmpty()) {
            return;
        }
        List<Heard> rows = new ArrayList<>(byId.values());
        @SuppressWarnings("unchecked")
        List<Object> inserted = em.createNativeQuery("""
                INSERT INTO interaction_volume (event_id, brand, platform, written_at, language, moment, spam, sentiment,
                                                sentiment_score)
                SELECT event_id, brand, platform, written_at, language, moment, spam, sentiment, sentiment_score
                FROM unnest(CAST(?1 AS uuid[]), CAST(?2 AS text[]), CAST(?3 AS text[]), CAST(?4 AS timestamptz[]),
                            CAST(?5 AS text[]), CAST(?6 AS text[]), CAST(?7 AS boolean[]), CAST(?8 AS text[]),
                            CAST(?9 AS float8[]))
                     AS r(event_id, brand, platform, written_at, language, moment, spam, sentiment, sentiment_score)
                ON CONFLICT DO NOTHING
                RETURNING event_id""")
                .setParameter(1, SqlArrays.uuids(rows.stream().map(Heard::eventId).toList()))
                .setParameter(2, SqlArrays.text(rows.stream().map(Heard::brand).toList()))
                .setParameter(3, SqlArrays.text(rows.stream().map(Heard::platform).toList()))
                .setParameter(4, SqlArrays.instants(rows.stream().map(Heard::writtenAt).toList()))
                .setParameter(5, SqlArrays.textOrNull(rows.stream().map(h -> h.signals() == null ? null
                        : h.signals().language()).toList()))
                .setParameter(6, SqlArrays.textOrNull(rows.stream().map(h -> h.signals() == null ? null
                        : h.signals().moment()).toList()))
                .setParameter(7, SqlArrays.booleans(rows.stream().map(h -> h.signals() != null && h.signals().spam())
                        .toList()))
                .setParameter(8, SqlArrays.textOrNull(rows.stream().map(h -> h.signals() == null ? null
                        : h.signals().sentiment()).toList()))
                .setParameter(9, SqlArrays.doubles(rows.stream().map(h -> h.signals() == null ? null
                        : h.signals().sentimentScore()).toList()))
                .getResultList();
        if (inserted.isEmpty()) {
            return; // all heard before: the rollup has them already
        }
        Set<UUID> fresh = new HashSet<>();
        inserted.forEach(id -> fresh.add(id instanceof UUID u ? u : UUID.fromString(id.toString())));
        Map<DayKey, long[]> days = new TreeMap<>();
        Map<DayKey, Double> scores = new HashMap<>();
        for (Heard h : rows) {
            if (!fresh.contains(h.eventId())) {
                continue;
            }
            DayKey key = new DayKey(h.brand(), LocalDate.ofInstant(h.writtenAt(), ZoneOffset.UTC), h.platform());
            long[] c = days.computeIfAbsent(key, k -> new long[12]);
            String moment = h.signals() == null ? null : h.signals().moment();
            String sentiment = h.signals() == null ? null : h.signals().sentiment();
            Double score = h.signals() == null ? null : h.signals().sentimentScore();
            boolean spam = h.signals() != null && h.signals().spam();
            boolean felt = !spam && sentiment != null;
            boolean scored = felt && score != null;
            c[0] += one(!spam && "complaint".equals(moment));
            c[1] += one(!spam && "question".equals(moment));
            c[2] += one(!spam && "suggestion".equals(moment));
            c[3] += one(!spam && "praise".equals(moment));
            c[4] += one(spam);
            c[5] += one(!spam && (moment == null || !MOMENTS.contains(moment)));
            c[6] += 1;
            c[7] += one(felt && "positive".equals(sentiment));
            c[8] += one(felt && "neutral".equals(sentiment));
            c[9] += one(felt && "negative".equals(sentiment));
            c[10] += one(scored);
            if (scored) {
                scores.merge(key, score, Double::sum);
            }
        }
        List<DayKey> keys = new ArrayList<>(days.keySet());
        Query upsert = em.createNativeQuery("""
                INSERT INTO interaction_day AS d (brand, day, platform, complaint, question, suggestion, praise, spam,
                    unclassified, total, positive, neutral, negative, score_sum, score_count)
                SELECT brand, day, platform, complaint, question, suggestion, praise, spam, unclassified, total,
                    positive, neutral, negative, score_sum, score_count
                FROM unnest(CAST(?1 AS text[]), CAST(?2 AS date[]), CAST(?3 AS text[]), CAST(?4 AS bigint[]),
                    CAST(?5 AS bigint[]), CAST(?6 AS bigint[]), CAST(?7 AS bigint[]), CAST(?8 AS bigint[]),
                    CAST(?9 AS bigint[]), CAST(?10 AS bigint[]), CAST(?11 AS bigint[]), CAST(?12 AS bigint[]),
                    CAST(?13 AS bigint[]), CAST(?14 AS float8[]), CAST(?15 AS bigint[]))
                    AS r(brand, day, platform, complaint, question, suggestion, praise, spam, unclassified, total,
                         positive, neutral, negative, score_sum, score_count)
                ON CONFLICT (brand, day, platform) DO UPDATE SET complaint = d.complaint + EXCLUDED.complaint,
                    question = d.question + EXCLUDED.question, suggestion = d.suggestion + EXCLUDED.suggestion,
                    praise = d.praise + EXCLUDED.praise, spam = d.spam + EXCLUDED.spam,
                    unclassified = d.unclassified + EXCLUDED.unclassified, total = d.total + EXCLUDED.total,
                    positive = d.positive + EXCLUDED.positive, neutral = d.neutral + EXCLUDED.neutral,
                    negative = d.negative + EXCLUDED.negative, score_sum = d.score_sum + EXCLUDED.score_sum,
                    score_count = d.score_count + EXCLUDED.score_count""")
                .setParameter(1, SqlArrays.text(keys.stream().map(DayKey::brand).toList()))
                .setParameter(2, SqlArrays.textOrNull(keys.stream().map(k -> k.day().toString()).toList()))
                .setParameter(3, SqlArrays.text(keys.stream().map(DayKey::platform).toList()));
        for (int column = 0; column < 10; column++) {
            int i = column;
            upsert.setParameter(4 + i, SqlArrays.longs(keys.stream().map(k -> days.get(k)[i]).toList()));
        }
        upsert.setParameter(14, SqlArrays.doubles(keys.stream().map(k -> scores.getOrDefault(k, 0.0)).toList()))
                .setParameter(15, SqlArrays.longs(keys.stream().map(k -> days.get(k)[10]).toList()))
                .executeUpdate();
    }

    private static final Set<String> MOMENTS = Set.of("complaint", "question", "suggestion", "praise");

    /** A row of the daily rollup, in the order its upserts take the rows. */
    private record DayKey(String brand, LocalDate day, String platform) implements Comparable<DayKey> {
        @Override
        public int compareTo(DayKey o) {
            int b = brand.compareTo(o.brand);
            if (b != 0) {
                return b;
            }
            int d = day.compareTo(o.day);
            return d != 0 ? d : platform.compareTo(o.platform);
        }
    }

    private static int one(boolean counts) {
        return counts ? 1 : 0;
    }

    @Transactional
    public List<Volumes.VolumeBucket> volumes(String brand, Optional<String> platform, TimeWindow window,
            Bucket bucket) {
        return volumeBuckets(grouped(brand, platform, window, bucket), window, bucket);
    }

    @Transactional
    public List<Volumes.SentimentBucket> sentiment(String brand, Optional<String> platform, TimeWindow window,
            Bucket bucket) {
        return sentimentBuckets(grouped(brand, platform, window, bucket), window, bucket);
    }

    /** The volume and the sentiment buckets of a window together, from one read (the timeline shows both). */
    public record Series(List<Volumes.VolumeBucket> volumes, List<Volumes.SentimentBucket> sentiment) {
    }

    @Transactional
    public Series series(String brand, Optional<String> platform, TimeWindow window, Bucket bucket) {
        Map<Instant, Counts> rows = grouped(brand, platform, window, bucket);
        return new Series(volumeBuckets(rows, window, bucket), sentimentBuckets(rows, window, bucket));
    }

    private static List<Volumes.VolumeBucket> volumeBuckets(Map<Instant, Counts> rows, TimeWindow window,
            Bucket bucket) {
        List<Volumes.VolumeBucket> buckets = new ArrayList<>();
        for (Instant start : bucket.starts(window.from(), window.to())) {
            Counts c = rows.getOrDefault(start, Counts.NONE);
            buckets.add(new Volumes.VolumeBucket(start, c.complaint, c.question, c.suggestion, c.praise, c.spam,
                    c.unclassified, c.total));
        }
        return buckets;
    }

    private static List<Volumes.SentimentBucket> sentimentBuckets(Map<Instant, Counts> rows, TimeWindow window,
            Bucket bucket) {
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
