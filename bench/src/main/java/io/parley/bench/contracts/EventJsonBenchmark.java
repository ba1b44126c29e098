package io.parley.bench.contracts;

import io.parley.contracts.Event;
import io.parley.contracts.EventCatalogue;
import io.parley.contracts.EventJson;
import io.parley.contracts.interactions.InteractionReceived;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * What reading one event costs ({@code EventJson.fromBytes}, as every consumer and the enrichment stage read each
 * record): the catalogue's {@code parley.interaction.received.v1} example with its signals, as producers write it,
 * and the same document with {@code data} first. One thread; the thread's CPU time per read, median of the rounds.
 * Run: {@code mvn -q -pl bench exec:java -Dbench.main=io.parley.bench.contracts.EventJsonBenchmark}
 */
public final class EventJsonBenchmark {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EventJsonBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Event<?> example = EventCatalogue.examples().get(InteractionReceived.TYPE);
        String json = EventJson.toJson(example);
        int data = json.indexOf(",\"data\":");
        String dataFirst = "{" + json.substring(data + 1, json.length() - 1) + "," + json.substring(1, data) + "}";
        out.printf(Locale.ROOT, "EventJsonBenchmark: Java %s, load average %.1f%n", System.getProperty("java.version"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        measure(out, "as written (type before data), " + json.length() + " bytes", json.getBytes(StandardCharsets.UTF_8));
        measure(out, "data before type", dataFirst.getBytes(StandardCharsets.UTF_8));
    }

    private static void measure(PrintStream out, String what, byte[] bytes) {
        int perRound = 20_000;
        long sink = 0;
        for (int i = 0; i < 20 * perRound; i++) {
            sink += EventJson.fromBytes(bytes).brand().length();
        }
        long[] rounds = new long[25];
        for (int r = 0; r < rounds.length; r++) {
            long start = THREADS.getCurrentThreadCpuTime();
            for (int i = 0; i < perRound; i++) {
                sink += EventJson.fromBytes(bytes).brand().length();
            }
            rounds[r] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(rounds);
        double median = rounds[rounds.length / 2] / 1e3 / perRound;
        out.printf(Locale.ROOT, "fromBytes, %s: %.2f µs of CPU per read (median of %d rounds of %,d; fastest %.2f µs),"
                        + " %,.0f reads per CPU-second%n", what, median, rounds.length, perRound,
                rounds[0] / 1e3 / perRound, 1e6 / median);
        if (sink == Long.MIN_VALUE) {
            out.println(sink);
        }
    }
}
