package io.parley.bench;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The benchmarks by name, for {@code ./parley bench [name]}: without a name, the list; with one, that benchmark's
 * {@code main}. Each benchmark is a class with its own {@code main} that prints its figures, and takes its options
 * as system properties ({@code ./parley bench stack -Dstack.seconds=30}). docs/benchmarks.md quotes the figures and
 * the exact commands.
 */
public final class Benchmarks {

    /** A benchmark's class and what it measures, in a line. */
    record Entry(String className, String what) {
    }

    static final Map<String, Entry> ALL = new LinkedHashMap<>();

    static {
        add("stack", "io.parley.bench.StackBenchmark", "the running stack (./parley up -d): every stage's rate, "
                + "share of Kafka's producer and PostgreSQL's COPY, lag, latency, memory — one table");
        add("import", "io.parley.bench.ImportBenchmark", "a bulk NDJSON import into the running stack: lines "
                + "answered, durable in Kafka, enriched and visible in the inbox per second, beside COPY and the producer");
        add("idle", "io.parley.bench.IdleBenchmark", "each service started alone (./parley infra start): ready time, "
                + "idle resident memory, heap, JVM options — one table");
        add("gateway", "io.parley.bench.gateway.GatewayBenchmark", "the gateway: webhooks and interactions durable "
                + "per second, latency, the enrichment stage behind it");
        add("replicas", "io.parley.bench.gateway.ReplicasBenchmark", "a stack of its own with 1 and 2 replicas: "
                + "webhook to visible in the inbox");
        add("enrichment", "io.parley.bench.enrichment.EnrichmentBenchmark", "enrichments per second (language, "
                + "moment, abuse, spam, sentiment), no stack");
        add("event-json", "io.parley.bench.contracts.EventJsonBenchmark", "reading and writing events, no stack");
        add("inbox-intake", "io.parley.bench.inbox.InboxIntakeBenchmark", "the inbox keeping up with "
                + "parley.interactions.v1");
        add("inbox-queue", "io.parley.bench.inbox.InboxQueueBenchmark", "the queue, search and saved views over a "
                + "million conversations");
        add("analytics", "io.parley.bench.analytics.AnalyticsScaleBenchmark", "analytics' figures at millions of "
                + "interactions");
        add("publishing", "io.parley.bench.publishing.PublishingBenchmark", "10,000 variants due in the same minute");
        add("publishing-gateway", "io.parley.bench.gateway.PublishingBenchmark", "10,000 posts through the gateway "
                + "(sandbox), exactly once");
        add("slow-platform", "io.parley.bench.gateway.SlowPlatformBenchmark", "a platform that times out after "
                + "receiving half the posts");
        add("images", "io.parley.bench.imaging.ImageCheckBenchmark", "inspecting a post image for a registered logo");
        add("text-checks", "io.parley.bench.standards.TextChecksBenchmark", "the standards engine's text checks");
        add("faults", "io.parley.bench.faults.FaultDrill", "outages of the broker, the database and each service "
                + "under steady load");
    }

    private static void add(String name, String className, String what) {
        ALL.put(name, new Entry(className, what));
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].isBlank()) {
            System.out.println("Parley benchmarks — ./parley bench <name> [-Doption=value ...]; figures and options in "
                    + "docs/benchmarks.md");
            ALL.forEach((name, e) -> System.out.printf("  %-19s %s%n", name, e.what()));
            return;
        }
        Entry entry = ALL.get(args[0]);
        if (entry == null) {
            System.err.println("no benchmark named '" + args[0] + "'; ./parley bench lists them");
            System.exit(2);
        }
        Method main = Class.forName(entry.className()).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    }
}
