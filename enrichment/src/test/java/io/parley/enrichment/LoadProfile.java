package io.parley.enrichment;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Measures what loading costs: time and retained heap of {@link Enricher#load()} (Lingua's models, Lucene's
 * analysers and the Stempel table, the lexicon, training the four classifiers), or of Lingua alone with the argument
 * {@code lingua}. Run in a fresh JVM:
 * {@code mvn -q -pl enrichment exec:java -Dexec.mainClass=io.parley.enrichment.LoadProfile} (add
 * {@code -Dparley.enrichment.lingua.high-accuracy=true} for Lingua's full models).
 */
public final class LoadProfile {

    public static void main(String[] args) throws InterruptedException {
        String mode = Enricher.LOW_ACCURACY ? "low accuracy" : "high accuracy";
        long heapBefore = usedHeap();
        long cpuStart = processCpuNanos();
        long start = System.nanoTime();
        Object loaded = args.length > 0 && args[0].equals("lingua")
                ? new LanguageIdentifier(Enricher.LOW_ACCURACY)
                : Enricher.load();
        long took = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuStart;
        long heapAfter = usedHeap();
        System.out.printf(Locale.ROOT, "%s (Lingua %s): %d ms wall clock, %d ms CPU (all threads), %d MB of heap"
                        + " retained; load average %.1f on %d processors%n",
                loaded instanceof Enricher ? "Enricher.load()" : "Lingua detector alone", mode, took / 1_000_000,
                cpu / 1_000_000, (heapAfter - heapBefore) / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.println(loaded.hashCode() == 0 ? "" : "");
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
