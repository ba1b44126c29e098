package io.parley.bench.enrichment;

import io.parley.enrichment.Enricher;
import io.parley.enrichment.Enrichment;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Enrichments per second from one calling thread (Lingua itself fans each detection out over the common fork-join
 * pool), for typical comments in the four main languages (short and long, with emoji,
 * a question, a complaint, an insult, spam). A plain timed loop: load, warm up, then measure.
 * Run: {@code mvn -q -pl bench -am install -DskipTests && mvn -q -pl bench exec:java
 * -Dbench.main=io.parley.bench.enrichment.EnrichmentBenchmark}; {@code -Denrichment.rounds} (300) and
 * {@code -Denrichment.warmup} (300) set the rounds, e.g. longer for a JFR profile.
 */
public final class EnrichmentBenchmark {

    private static final List<String> COMMENTS = List.of(
            "❤",
            "👍👍",
            "Thanks!",
            "Where is my parcel? It was due on Monday",
            "My flight was delayed four hours and nobody offered us anything, really disappointing",
            "Great, another delay, thanks a lot 🙄",
            "Could you add Apple Pay to the app please",
            "You are all idiots, give me my money back",
            "Earn 500 dollars a day, link in my bio!!!",
            "Dzięki!",
            "Kiedy będzie dostępny nowy model telefonu?",
            "Paczka nie dotarła, a infolinia nie odbiera od dwóch dni",
            "Super obsługa, pani na czacie pomogła w pięć minut 😊",
            "Dodajcie proszę płatność BLIKiem w aplikacji",
            "Ευχαριστώ",
            "Πότε ανοίγει το κατάστημα στο Κολωνάκι;",
            "Η παραγγελία ήρθε κρύα και άργησε μία ώρα",
            "Θα ήταν ωραίο να έχετε περισσότερες vegan επιλογές",
            "Ужас",
            "Как вернуть деньги за отменённый рейс?",
            "Интернет опять не работает третий день, безобразие",
            "Спасибо большое, курьер был очень вежливый");

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private EnrichmentBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long loadStart = System.nanoTime();
        Enricher enricher = Enricher.load();
        long loadMs = (System.nanoTime() - loadStart) / 1_000_000;
        out.printf(Locale.ROOT, "EnrichmentBenchmark — %s%n", enricher.modelVersion());
        out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        out.printf(Locale.ROOT, "Enricher.load(): %d ms%n", loadMs);

        int warmUpRounds = Integer.getInteger("enrichment.warmup", 300);
        int measuredRounds = Integer.getInteger("enrichment.rounds", 300);
        long sink = 0;
        for (int round = 0; round < warmUpRounds; round++) {
            for (String comment : COMMENTS) {
                sink += enricher.enrich(comment).moment().ordinal();
            }
        }
        long[] latencies = new long[measuredRounds * COMMENTS.size()];
        long[] roundCpu = new long[measuredRounds];
        int at = 0;
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        for (int round = 0; round < measuredRounds; round++) {
            long roundStart = THREADS.getCurrentThreadCpuTime();
            for (String comment : COMMENTS) {
                long t = System.nanoTime();
                Enrichment e = enricher.enrich(comment);
                latencies[at++] = System.nanoTime() - t;
                sink += e.sentiment().ordinal();
            }
            roundCpu[round] = THREADS.getCurrentThreadCpuTime() - roundStart;
        }
        long elapsed = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        Arrays.sort(latencies);
        out.printf(Locale.ROOT, "One thread, %d comments x %d rounds after %d warm-up rounds%n", COMMENTS.size(),
                measuredRounds, warmUpRounds);
        out.printf(Locale.ROOT, "Throughput: %.0f enrichments/s wall clock; %.0f per CPU-second of the process"
                        + " (load average %.1f)%n", latencies.length / (elapsed / 1e9), latencies.length / (cpu / 1e9),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        // The calling thread's CPU time per round: the steadiest figure on a shared machine, where the wall clock
        // mostly measures waiting for a core. It leaves out the part of Lingua's work that Lingua hands to the
        // common fork-join pool (about a fifth of Lingua's samples in a JFR profile), so it is a lower bound.
        Arrays.sort(roundCpu);
        double medianCpuMicros = roundCpu[roundCpu.length / 2] / 1e3 / COMMENTS.size();
        out.printf(Locale.ROOT, "Calling thread's CPU per enrichment: median round %.1f µs (%.0f per CPU-second),"
                        + " fastest round %.1f µs%n", medianCpuMicros, 1e6 / medianCpuMicros,
                roundCpu[0] / 1e3 / COMMENTS.size());
        out.printf(Locale.ROOT, "Latency: p50 %.0f µs, p90 %.0f µs, p99 %.0f µs, max %.0f µs%n",
                percentile(latencies, 0.50), percentile(latencies, 0.90), percentile(latencies, 0.99),
                latencies[latencies.length - 1] / 1e3);
        if (sink == Long.MIN_VALUE) {
            out.println(sink);
        }
    }

    /** CPU time of the whole process: Lingua spreads each detection over the common fork-join pool. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e3;
    }
}
