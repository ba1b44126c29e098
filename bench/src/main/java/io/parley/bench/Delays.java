package io.parley.bench;

import java.util.List;
import java.util.Locale;

/** The benchmarks' delay line: p50, p95, p99 and max of a list of milliseconds, and how many were counted. */
public final class Delays {

    private Delays() {
    }

    /** Prints "what: p50 …, p95 …, p99 …, max … (n noun)", or "what: none"; sorts {@code ms} in place. */
    public static void print(String what, List<Long> ms, String noun) {
        if (ms.isEmpty()) {
            System.out.println(what + ": none");
            return;
        }
        ms.sort(Long::compare);
        System.out.printf(Locale.ROOT, "%s: p50 %,d ms, p95 %,d ms, p99 %,d ms, max %,d ms (%,d %s)%n", what,
                percentile(ms, 0.50), percentile(ms, 0.95), percentile(ms, 0.99), ms.get(ms.size() - 1), ms.size(),
                noun);
    }

    /** The nearest-rank percentile {@code p} (0–1) of a sorted list. */
    public static long percentile(List<Long> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
