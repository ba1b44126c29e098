package io.parley.analytics.care;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The percentiles interpolated from the rollup's buckets against the exact continuous percentiles. */
class DurationHistogramTest {

    /** percentile_cont as PostgreSQL computes it. */
    private static double exact(long[] sorted, double p) {
        double h = p * (sorted.length - 1);
        int k = (int) Math.floor(h);
        return k + 1 < sorted.length ? sorted[k] + (h - k) * (sorted[k + 1] - sorted[k]) : sorted[k];
    }

    /** care_bucket of migration V40, for the test's own durations. */
    private static int bucket(long seconds) {
        return seconds < 60 ? (int) Math.max(seconds, 0) : 60 + (int) Math.floor(Math.log(seconds / 60.0)
                / Math.log(1.01));
    }

    @Test
    void medianAndP90AreWithinOnePercentOfTheExactValueOverManyShapes() {
        Random random = new Random(15);
        for (int round = 0; round < 500; round++) {
            int n = 1 + random.nextInt(round < 100 ? 5 : 3000);
            long[] durations = new long[n];
            DurationHistogram h = new DurationHistogram();
            for (int i = 0; i < n; i++) {
                // log-normal around 40 minutes, as answer times are; some under a minute, some of days
                durations[i] = Math.round(Math.exp(Math.log(2400) + 2 * random.nextGaussian()));
                h.add(bucket(durations[i]), 1);
            }
            Arrays.sort(durations);
            assertEquals(n, h.count());
            for (double p : new double[] {0.5, 0.9, 0.0, 1.0, 0.25}) {
                double want = exact(durations, p);
                double got = h.percentile(p);
                assertTrue(Math.abs(got - want) <= 0.01 * want + 1e-9,
                        "p" + p + " of " + n + ": " + got + " against exactly " + want);
            }
        }
    }

    @Test
    void durationsUnderAMinuteAreExactAndTheRollupsJsonIsRead() {
        DurationHistogram h = new DurationHistogram();
        h.addJson("{\"7\": 1, \"30\": 2, \"59\": 1}");
        assertEquals(4, h.count());
        assertEquals(30.0, h.percentile(0.5));
        assertEquals(7.0, h.percentile(0.0));
        assertEquals(30 + 0.7 * 29, h.percentile(0.9), 1e-9);
        assertNull(new DurationHistogram().percentile(0.5));
    }

    @Test
    void histogramsAddedUpAreTheHistogramOfAllTheirDurations() {
        // rollup rows of a year: buckets up to a year of seconds (some 1,400), each row's a few of them
        Random random = new Random(7);
        DurationHistogram merged = new DurationHistogram();
        DurationHistogram direct = new DurationHistogram();
        List<Long> all = new ArrayList<>();
        for (int row = 0; row < 400; row++) {
            DurationHistogram part = new DurationHistogram();
            StringBuilder json = new StringBuilder("{");
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                long d = Math.round(Math.exp(Math.log(2400) + 3 * random.nextGaussian()));
                all.add(d);
                part.add(bucket(d), 1);
                json.append(json.length() > 1 ? ", " : "").append('"').append(bucket(d)).append("\": 1");
            }
            if (row % 2 == 0) {
                merged.addAll(part);
            } else {
                merged.addJson(json.append('}').toString());
            }
        }
        all.forEach(d -> direct.add(bucket(d), 1));
        assertEquals(all.size(), merged.count());
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        for (double p : new double[] {0.0, 0.5, 0.9, 1.0}) {
            assertEquals(direct.percentile(p), merged.percentile(p), 1e-9, "p" + p);
            double want = exact(sorted, p);
            assertTrue(Math.abs(merged.percentile(p) - want) <= 0.01 * want + 1e-9, "p" + p);
        }
        DurationHistogram year = new DurationHistogram();
        year.add(bucket(365L * 86_400), 1);
        assertEquals(365.0 * 86_400, year.percentile(0.5), 0.01 * 365 * 86_400);
    }
}
