package io.parley.bench;

import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./parley bench <name>` finds every benchmark it lists, and the whole-stack table reads the machine's limits. */
class BenchmarksTest {

    @Test
    void everyListedBenchmarkIsAClassWithAMain() throws Exception {
        assertTrue(Benchmarks.ALL.size() >= 14, Benchmarks.ALL.keySet().toString());
        for (var e : Benchmarks.ALL.entrySet()) {
            Method main = Class.forName(e.getValue().className()).getMethod("main", String[].class);
            assertTrue(Modifier.isStatic(main.getModifiers()), e.getKey() + ": main is not static");
            assertTrue(e.getKey().matches("[a-z-]+"), "a name to type: " + e.getKey());
        }
    }

    @Test
    void theLimitsAreReadFromTheToolsOwnSummaryLines() {
        // ProducerPerformance's summary line, and MachineLimits' COPY line, as they print them.
        String producer = "300000 records sent, 48497.4 records/sec (32.37 MB/sec), 431.22 ms avg latency, "
                + "1024.00 ms max latency, 402 ms 50th, 811 ms 95th, 920 ms 99th, 1001 ms 99.9th.";
        String copy = "200,000 rows in 1.6 s: 124,857 rows/s, 56.3 MB/s (one transaction, a table made for it)";
        assertEquals(48497.4, StackFigures.number(producer, "([\\d.]+) records/sec"), 1e-9);
        assertEquals(124857, StackFigures.number(copy, ": ([\\d,]+) rows/s"), 1e-9);
        assertTrue(Double.isNaN(StackFigures.number("not measured (no Kafka libs)", "([\\d.]+) records/sec")));
        assertEquals("10.3 %", StackFigures.share(5000, 48497.4));
        assertEquals("n/a", StackFigures.share(5000, Double.NaN));
    }
}
