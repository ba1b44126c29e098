package io.parley.analytics.care;

import java.util.Arrays;

/**
 * Durations counted in the buckets of the care rollup ({@code care_bucket} in migration V40): below a minute a bucket
 * per second (exact), from a minute on bucket {@code b} holds {@code [60 * 1.01^(b - 60), 60 * 1.01^(b - 59))}. The
 * percentiles are interpolated as {@code percentile_cont} does, from the ranks' estimates: the {@code j}-th of the
 * {@code c} durations in a bucket is taken at {@code lo + (hi - lo) * (j + 0.5) / c}. The true duration of that rank
 * lies in the same bucket, so each estimate is off by less than the bucket's width, 1 % of its lower bound, and the
 * interpolation between two ranks by less than 1 % of the exact percentile.
 *
 * <p>The counts are a dense {@code long[]} indexed by bucket (a year of durations reaches some 1,400 buckets), grown
 * as buckets arrive: adding up thousands of rollup rows' histograms touches no boxed value.
 */
public final class DurationHistogram {

    /** The buckets below this are whole seconds, exact. */
    static final int EXACT_BELOW = 60;
    /** The ratio of a bucket's upper to its lower bound from a minute on. */
    static final double RATIO = 1.01;

    private long[] counts = new long[256];
    private long total;

    /** Adds {@code n} durations to the bucket. */
    public void add(int bucket, long n) {
        if (n == 0) {
            return;
        }
        if (bucket < 0) {
            throw new IllegalArgumentException("bucket " + bucket);
        }
        if (bucket >= counts.length) {
            counts = Arrays.copyOf(counts, Math.max(bucket + 1, counts.length * 2));
        }
        counts[bucket] += n;
        total += n;
    }

    /** Adds a histogram as the rollup keeps it, a JSON object of bucket to count ({@code {"62": 3, "7": 1}}). */
    public void addJson(String json) {
        if (json == null) {
            return;
        }
        int i = 0;
        int len = json.length();
        while (i < len) {
            int q = json.indexOf('"', i);
            if (q < 0) {
                return;
            }
            int end = json.indexOf('"', q + 1);
            int bucket = Integer.parseInt(json, q + 1, end, 10);
            int colon = json.indexOf(':', end);
            int start = colon + 1;
            while (json.charAt(start) == ' ') {
                start++;
            }
            int stop = start;
            while (stop < len && (Character.isDigit(json.charAt(stop)) || json.charAt(stop) == '-')) {
                stop++;
            }
            add(bucket, Long.parseLong(json, start, stop, 10));
            i = stop;
        }
    }

    public void addAll(DurationHistogram other) {
        if (other.counts.length > counts.length) {
            counts = Arrays.copyOf(counts, other.counts.length);
        }
        long[] o = other.counts;
        for (int b = 0; b < o.length; b++) {
            counts[b] += o[b];
        }
        total += other.total;
    }

    /** The durations counted. */
    public long count() {
        return total;
    }

    /** The lower bound of a bucket, in seconds. */
    static double lower(int bucket) {
        return bucket < EXACT_BELOW ? bucket : EXACT_BELOW * Math.pow(RATIO, bucket - EXACT_BELOW);
    }

    /** The continuous percentile ({@code percentile_cont(p)}) interpolated from the buckets; null when empty. */
    public Double percentile(double p) {
        if (total == 0) {
            return null;
        }
        double h = p * (total - 1);
        long k = (long) Math.floor(h);
        double below = rank(k);
        double frac = h - k;
        return frac == 0 ? below : below + frac * (rank(k + 1) - below);
    }

    /** The estimate of the duration of 0-based rank {@code r} in ascending order. */
    private double rank(long r) {
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            long c = counts[b];
            if (c != 0 && r < seen + c) {
                if (b < EXACT_BELOW) {
                    return b;
                }
                double lo = lower(b);
                return lo + (lo * RATIO - lo) * ((r - seen) + 0.5) / c;
            }
            seen += c;
        }
        throw new IllegalArgumentException("rank " + r + " of " + total);
    }
}
