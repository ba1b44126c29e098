package io.parley.bench.gateway;

import io.parley.bench.MachineLimits;
import io.parley.contracts.Topics;
import io.parley.devstack.infra.ConsumerGroups;
import io.parley.devstack.infra.Databases;
import io.parley.devstack.infra.Endpoints;
import io.parley.devstack.infra.PrivateKafka;
import io.parley.devstack.infra.RepositoryRoot;
import io.parley.devstack.infra.TestInfrastructure;
import io.parley.devstack.stack.DemoData;
import io.parley.devstack.stack.LocalServices;
import io.parley.devstack.stack.ParleyService;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Webhook → visible in the inbox, sustained, with one and with two replicas of every service, side by side with
 * Kafka's own producer in the same run (issue 17: does a second replica of the gateway and the inbox add
 * throughput, and does the inbox's intake keep up with the gateway's enrichment stage?).
 *
 * <p>For each replica count it starts the packaged services exactly as {@code ./parley up --replicas N} does
 * ({@link LocalServices}, the prod profile, demo data), on a Kafka broker of its own ({@link PrivateKafka}, three
 * partitions per topic as everywhere locally) and databases of its own ({@code bench_rep1_*}, {@code bench_rep2_*},
 * dropped first); PostgreSQL and Keycloak are the build's test infrastructure. It measures Kafka's
 * ProducerPerformance on that broker first, then sends signed Meta webhooks of {@code replicas.batch} comments as
 * fast as {@code replicas.connections} keep-alive connections allow, spread evenly over the ingest replicas, for
 * {@code replicas.seconds}; then waits until the inbox has caught up. Per stage it reports the rate over the whole
 * window, from the first webhook until the inbox had applied the last interaction:
 * <ul>
 * <li>gateway: interactions made durable in Kafka (webhooks answered 200 × batch),</li>
 * <li>enrichment: interactions the gateway's enrichment stage published on {@code parley.interactions.v1},</li>
 * <li>inbox: interactions the inbox committed as applied (its consumer group's committed offsets on that topic),
 * i.e. visible in the inbox's queue;</li>
 * </ul>
 * the inbox's lag when the load stopped and how long it took to catch up, and how the inbox group's partitions were
 * shared between its members. Nothing is asserted: the figures go to docs/benchmarks.md.
 *
 * <p>{@code mvn -q -pl bench -am install -DskipTests} (the services packaged), then
 * {@code mvn -q -pl bench exec:java -Dbench.main=io.parley.bench.gateway.ReplicasBenchmark}. Options:
 * {@code -Dreplicas.counts=1,2}, {@code -Dreplicas.seconds=60}, {@code -Dreplicas.batch=10},
 * {@code -Dreplicas.connections=16}, {@code -Dreplicas.drain=300} (seconds to wait for the inbox to catch up),
 * {@code -Dreplicas.jvm} (the services' JVM options; by default a production-like heap with the optimising
 * compiler, not the quick-start options {@code ./parley up} uses on a laptop, which leave the services' hot code
 * to the first-tier compiler and would understate every service's rate).
 */
public final class ReplicasBenchmark {

    private static final String INBOX_GROUP = "inbox-service";
    private static final String ENRICHMENT_GROUP = "ingest-service-enrichment";

    private ReplicasBenchmark() {
    }

    record Figures(int replicas, String producer, GatewayBenchmark.Result gateway, double window, long enriched,
            long applied, long lagAtEnd, double catchUp, boolean caughtUp, String loadAverage, String partitions) {

        double rate(long n) {
            return n / window;
        }
    }

    public static void main(String[] args) throws Exception {
        Path root = RepositoryRoot.find();
        Endpoints shared = TestInfrastructure.endpoints();
        int seconds = Integer.getInteger("replicas.seconds", 60);
        int batch = Integer.getInteger("replicas.batch", 10);
        int connections = Integer.getInteger("replicas.connections", 16);
        int drain = Integer.getInteger("replicas.drain", 300);
        String jvm = System.getProperty("replicas.jvm", "-Xms128m -Xmx640m -XX:+UseParallelGC");
        List<Integer> counts = List.of(System.getProperty("replicas.counts", "1,2").split(",")).stream()
                .map(String::trim).map(Integer::parseInt).toList();
        System.out.printf(Locale.ROOT, "Parley replicas benchmark — %d cores, %d s of load per stack, %d comments per "
                + "webhook, %d connections, services' JVM options: %s%n", Runtime.getRuntime().availableProcessors(), seconds, batch,
                connections, jvm);
        List<Figures> all = new ArrayList<>();
        for (int replicas : counts) {
            all.add(measure(root, shared, replicas, seconds, batch, connections, drain, jvm));
        }
        print(all);
    }

    private static Figures measure(Path root, Endpoints shared, int replicas, int seconds, int batch, int connections,
            int drain, String jvm) throws Exception {
        String prefix = "bench_rep" + replicas + "_";
        for (ParleyService service : ParleyService.all()) {
            Databases.drop(shared, prefix + service.database());
        }
        Databases.drop(shared, prefix + "console");
        try (PrivateKafka kafka = PrivateKafka.start(root.resolve("bench/target/replicas/kafka-" + replicas))) {
            Endpoints infra = kafka.in(shared);
            System.out.printf(Locale.ROOT, "%n== %d replica%s of each service (databases %s*, broker %s)%n", replicas,
                    replicas == 1 ? "" : "s", prefix, kafka.bootstrap());
            String producer = MachineLimits.kafkaProducer(kafka.bootstrap());
            System.out.println("Kafka producer-perf (same broker, acks=all, 700-byte records): " + producer);
            LocalServices stack = LocalServices.start(root, root.resolve("bench/target/replicas/stack-" + replicas),
                    infra, false, prefix, replicas, Map.of("QUARKUS_PROFILE", "prod", "PARLEY_JVM_OPTS", jvm), line -> { });
            try {
                new DemoData(infra, stack, line -> { }).load();
                List<GatewayBenchmark> gateways = new ArrayList<>();
                for (String url : stack.urls(ParleyService.INGEST)) {
                    gateways.add(new GatewayBenchmark(URI.create(url + "/webhooks/meta")));
                    TimeUnit.MILLISECONDS.sleep(5); // each its own run id, so their comment ids never meet
                }
                // Warm-up: the JIT, the connections, the enrichment models, on every replica.
                load(gateways, 10, batch, connections);
                awaitCaughtUp(kafka.bootstrap(), drain);

                long enrichedBefore = ConsumerGroups.records(kafka.bootstrap(), Topics.INTERACTIONS);
                long appliedBefore = ConsumerGroups.committed(kafka.bootstrap(), INBOX_GROUP, Topics.INTERACTIONS);
                long started = System.nanoTime();
                String loadBefore = loadAverage();
                GatewayBenchmark.Result sent = load(gateways, seconds, batch, connections);
                long loadEnded = System.nanoTime();
                String loadAverage = loadBefore + " → " + loadAverage();
                long lagAtEnd = ConsumerGroups.lag(kafka.bootstrap(), INBOX_GROUP, Topics.INTERACTIONS);
                long expected = sent.ok() * batch;
                boolean caughtUp = awaitCaughtUp(kafka.bootstrap(), drain);
                long applied = ConsumerGroups.committed(kafka.bootstrap(), INBOX_GROUP, Topics.INTERACTIONS)
                        - appliedBefore;
                double window = (System.nanoTime() - started) / 1e9;
                long enriched = ConsumerGroups.records(kafka.bootstrap(), Topics.INTERACTIONS) - enrichedBefore;
                double catchUp = (System.nanoTime() - loadEnded) / 1e9;
                Figures f = new Figures(replicas, producer, sent, window, enriched, applied, lagAtEnd, catchUp,
                        caughtUp, loadAverage, partitions(kafka.bootstrap()));
                sent.print("load: " + seconds + " s, " + batch + " comments per webhook, " + connections
                        + " connections over " + gateways.size() + " ingest replica(s)");
                System.out.printf(Locale.ROOT, "  enrichment published %,d; inbox applied %,d of %,d in %.1f s "
                        + "(%s %.1f s after the load); inbox lag when the load stopped: %,d%n", enriched,
                        applied, expected, window, caughtUp ? "caught up" : "still behind", catchUp, lagAtEnd);
                System.out.println("  machine load average (1 min) when the load started → stopped: " + loadAverage);
                System.out.println("  inbox group: " + f.partitions());
                return f;
            } finally {
                stack.stop();
            }
        }
    }

    /** Every ingest replica at once, the connections shared out evenly; one result for all of them. */
    private static GatewayBenchmark.Result load(List<GatewayBenchmark> gateways, int seconds, int batch,
            int connections) throws InterruptedException {
        List<GatewayBenchmark.Result> results = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (GatewayBenchmark g : gateways) {
            Thread t = new Thread(() -> {
                try {
                    results.add(g.closedLoop(seconds, batch, Math.max(1, connections / gateways.size())));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "bench-replica");
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        java.util.concurrent.ConcurrentLinkedQueue<Long> latencies = new java.util.concurrent.ConcurrentLinkedQueue<>();
        results.forEach(r -> latencies.addAll(r.latencies()));
        return new GatewayBenchmark.Result(results.stream().mapToLong(GatewayBenchmark.Result::ok).sum(),
                results.stream().mapToLong(GatewayBenchmark.Result::failed).sum(), batch, seconds, latencies);
    }

    /**
     * Waits until the enrichment stage has taken everything the gateway made durable and the inbox everything the
     * enrichment stage published, so that the measured window starts from empty queues.
     */
    private static boolean awaitCaughtUp(String bootstrap, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            long intake = ConsumerGroups.records(bootstrap, Topics.INTAKE);
            long ends = ConsumerGroups.records(bootstrap, Topics.INTERACTIONS);
            if (ends > 0 && ConsumerGroups.committed(bootstrap, ENRICHMENT_GROUP, Topics.INTAKE) >= intake
                    && ConsumerGroups.committed(bootstrap, INBOX_GROUP, Topics.INTERACTIONS) >= ends) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        System.out.println("  (the enrichment stage and the inbox had not caught up within " + seconds + " s)");
        return false;
    }

    /** The machine's 1-minute load average, so a figure says how busy the two cores were. */
    private static String loadAverage() {
        return String.format(Locale.ROOT, "%.1f",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** The inbox group's members and how many partitions of the interactions topic each holds. */
    private static String partitions(String bootstrap) throws Exception {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (Admin admin = Admin.create(props)) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(INBOX_GROUP)).all().get()
                    .get(INBOX_GROUP);
            List<String> holders = group.members().stream().filter(m -> held(m) > 0)
                    .map(m -> m.clientId() + " (" + m.host() + ") holds " + held(m)).sorted().toList();
            return holders.size() + " consumer(s) of " + Topics.INTERACTIONS + ": " + String.join("; ", holders);
        }
    }

    private static long held(MemberDescription m) {
        return m.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(Topics.INTERACTIONS)).count();
    }

    /** The records per second of ProducerPerformance's summary line ("300000 records sent, 48497.6 records/sec ..."). */
    static double recordsPerSecond(String summary) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9.]+) records/sec").matcher(summary);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void print(List<Figures> all) {
        System.out.println("\n| replicas | Kafka producer-perf, same broker (records/s) | gateway durable, during "
                + "the load /s | enrichment /s | visible in the inbox /s | inbox ÷ producer | inbox ÷ enrichment "
                + "| inbox lag when the load stopped | caught up after | load average |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        for (Figures f : all) {
            long durable = f.gateway().ok() * f.gateway().batch();
            double producer = recordsPerSecond(f.producer());
            System.out.printf(Locale.ROOT, "| %d | %,.0f | %,.0f | %,.0f | %,.0f | %.1f %% | %.2f | %,d | %s | %s |%n",
                    f.replicas(), producer, durable / (double) f.gateway().seconds(), f.rate(f.enriched()),
                    f.rate(f.applied()), 100 * f.rate(f.applied()) / producer,
                    f.enriched() == 0 ? 0.0 : (double) f.applied() / f.enriched(), f.lagAtEnd(),
                    f.caughtUp() ? String.format(Locale.ROOT, "%.1f s", f.catchUp())
                            : String.format(Locale.ROOT, "not within %.0f s", f.catchUp()), f.loadAverage());
        }
        if (all.size() == 2 && all.get(0).applied() > 0) {
            System.out.printf(Locale.ROOT, "%nvisible in the inbox, %d replicas ÷ %d: %.2f%n", all.get(1).replicas(),
                    all.get(0).replicas(), all.get(1).rate(all.get(1).applied()) / all.get(0).rate(all.get(0).applied()));
        }
    }
}
