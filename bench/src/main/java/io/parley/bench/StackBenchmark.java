package io.parley.bench;

import io.parley.bench.gateway.GatewayBenchmark;
import io.parley.contracts.Topics;
import io.parley.devstack.infra.ConsumerGroups;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code ./parley bench stack}: the whole running stack ({@code ./parley up -d}) under signed Meta webhooks of 10
 * comments each, measured beside the machine's own limits in the same run, printed as one table. The rows are the
 * stages an interaction goes through (the gateway making it durable, the enrichment stage, the inbox, analytics). For
 * each row the table gives its rate, that rate as a share of Kafka's ProducerPerformance and of PostgreSQL's COPY, the
 * consumer group's lag when the load stopped, and how long after that the group had caught up. The webhooks' latency
 * percentiles and each service's resident memory follow the table, then the CPU each process of the stack used
 * from the start of the load until every stage had caught up, per 1,000 interactions.
 *
 * <p>A stage's rate counts what its consumer group committed from the start of the load until it caught up (or the
 * wait ended), divided by that time: what the stage did for this load, the time it needed after the load included.
 * "Visible in the inbox" is the inbox's group on {@code parley.interactions.v1}: an interaction it has committed is
 * in a conversation the queue shows.
 *
 * <p>Options: {@code -Dstack.seconds} (60) of load after {@code -Dstack.warmup} (15); {@code -Dstack.connections}
 * (16); {@code -Dstack.batch} (10 comments per webhook); {@code -Dstack.wait} (300 s at most for the stages to
 * catch up); {@code -Dgateway.url}, {@code -Dkafka.bootstrap}, {@code -Dstack.jdbc} for another stack. It adds
 * conversations to acme's inbox: use a stack you can throw away.
 */
public final class StackBenchmark {

    /** A consumer group on a topic: one stage of the chain, fed by the stage {@code after} (-1: by the gateway). */
    record Stage(String name, String group, String topic, int after) {
    }

    static final List<Stage> STAGES = List.of(
            new Stage("enrichment stage", "ingest-service-enrichment", Topics.INTAKE, -1),
            new Stage("visible in the inbox", "inbox-service", Topics.INTERACTIONS, 0),
            new Stage("analytics: interactions", "analytics-service", Topics.INTERACTIONS, 0),
            new Stage("analytics: the inbox's events", "analytics-service", Topics.INBOX, 1),
            new Stage("analytics: care figures", "analytics-service-care", Topics.INBOX, 1));

    /** What became of one stage: its count, the time it took, its lag when the load stopped. */
    record Outcome(Stage stage, long done, double seconds, long lagAtLoadEnd, double caughtUpAfter, boolean caughtUp) {
        double rate() {
            return seconds <= 0 ? 0 : done / seconds;
        }
    }

    private StackBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String gateway = System.getProperty("gateway.url", "http://localhost:8081/webhooks/meta");
        String bootstrap = System.getProperty("kafka.bootstrap", "localhost:9092");
        String jdbc = System.getProperty("stack.jdbc", "jdbc:postgresql://localhost:5433/parley_inbox");
        int seconds = Integer.getInteger("stack.seconds", 60);
        int warmup = Integer.getInteger("stack.warmup", 15);
        int connections = Integer.getInteger("stack.connections", 16);
        int batch = Integer.getInteger("stack.batch", 10);
        int wait = Integer.getInteger("stack.wait", 300);

        System.out.printf(Locale.ROOT, "Parley whole stack — %d cores; %d s of signed Meta webhooks of %d comments on "
                + "%d connections to %s%n", Runtime.getRuntime().availableProcessors(), seconds, batch, connections,
                gateway);
        System.out.println("measuring the machine's limits first (Kafka's own producer, PostgreSQL COPY) ...");
        StackFigures.Limits limits = StackFigures.Limits.measure(bootstrap, jdbc,
                System.getProperty("stack.db.user", "parley"), System.getProperty("stack.db.password", "parley"));
        double producer = limits.producer();
        double copy = limits.copy();

        GatewayBenchmark load = new GatewayBenchmark(URI.create(gateway));
        System.out.println("warming up (the JIT, connections, the models) ...");
        load.closedLoop(warmup, batch, 8);
        awaitCaughtUp(bootstrap, Math.max(60, wait));

        Map<Stage, Long> before = new java.util.LinkedHashMap<>();
        for (Stage s : STAGES) {
            before.put(s, ConsumerGroups.committed(bootstrap, s.group(), s.topic()));
        }
        String loadAverageBefore = StackFigures.loadAverage();
        Map<String, Double> cpuBefore = StackFigures.cpuSeconds();
        System.out.println("load ...");
        long started = System.nanoTime();
        GatewayBenchmark.Result result = load.closedLoop(seconds, batch, connections);
        long loadEnded = System.nanoTime();
        String loadAverageAfter = StackFigures.loadAverage();
        Map<Stage, Long> lagAtEnd = new java.util.LinkedHashMap<>();
        for (Stage s : STAGES) {
            lagAtEnd.put(s, lag(bootstrap, s));
        }

        System.out.println("waiting for every stage to catch up (at most " + wait + " s) ...");
        List<Outcome> outcomes = follow(bootstrap, before, lagAtEnd, started, loadEnded, wait);
        Map<String, Double> cpu = StackFigures.cpuBetween(cpuBefore, StackFigures.cpuSeconds());
        double window = (System.nanoTime() - started) / 1e9;

        long interactions = result.ok() * batch;
        double loadSeconds = (loadEnded - started) / 1e9;
        double gatewayRate = interactions / loadSeconds;
        System.out.println();
        limits.print();
        System.out.printf(Locale.ROOT, "load average %s when the load started, %s when it stopped%n%n",
                loadAverageBefore, loadAverageAfter);
        System.out.println("| stage | interactions | rate /s | ÷ Kafka producer | ÷ PostgreSQL COPY | lag when the load "
                + "stopped | caught up after |");
        System.out.println("|---|---|---|---|---|---|---|");
        System.out.printf(Locale.ROOT, "| gateway: durable in Kafka (webhooks answered 200) | %,d | %,.0f | %s | %s | "
                + "| |%n", interactions, gatewayRate, StackFigures.share(gatewayRate, producer),
                StackFigures.share(gatewayRate, copy));
        for (Outcome o : outcomes) {
            System.out.printf(Locale.ROOT, "| %s (%s on %s) | %,d | %,.0f | %s | %s | %,d | %s |%n",
                    o.stage().name(), o.stage().group(), o.stage().topic(), o.done(), o.rate(),
                    StackFigures.share(o.rate(), producer), StackFigures.share(o.rate(), copy), o.lagAtLoadEnd(),
                    o.caughtUp() ? String.format(Locale.ROOT, "%.1f s", o.caughtUpAfter()) : "not within " + wait + " s");
        }
        System.out.printf(Locale.ROOT, "%nwebhooks: %,d answered 200, %,d failed; latency ms p50 %.1f, p95 %.1f, "
                + "p99 %.1f%n", result.ok(), result.failed(), result.latencyMs(0.50), result.latencyMs(0.95),
                result.latencyMs(0.99));
        System.out.println("resident memory after the run (VmRSS): " + StackFigures.residentMemory());
        printCpu(cpu, window, interactions);
    }

    /**
     * Where the machine's CPU went from the start of the load until every stage had caught up (or the wait ended):
     * each process's CPU seconds, its share of what the cores could give in that window, and its cost per 1,000
     * interactions — the figure that says which stage to make cheaper, whatever the load of the moment.
     */
    private static void printCpu(Map<String, Double> cpu, double window, long interactions) {
        int cores = Runtime.getRuntime().availableProcessors();
        double total = cpu.values().stream().mapToDouble(Double::doubleValue).sum();
        System.out.printf(Locale.ROOT, "%nCPU from the start of the load until every stage caught up (%.1f s, %d cores: "
                + "%.1f CPU seconds available)%n%n", window, cores, window * cores);
        // Per interaction the gateway took: a stage that had not caught up has done less than that for its CPU.
        System.out.println("| process | CPU seconds | share of the cores | CPU ms per 1,000 interactions taken |");
        System.out.println("|---|---|---|---|");
        cpu.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed()).forEach(e ->
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f %% | %,.0f |%n", e.getKey(), e.getValue(),
                        100 * e.getValue() / (window * cores), 1e6 * e.getValue() / Math.max(1, interactions)));
        System.out.printf(Locale.ROOT, "| all of them | %.1f | %.1f %% | %,.0f |%n", total,
                100 * total / (window * cores), 1e6 * total / Math.max(1, interactions));
    }

    /** Follows every stage until all have caught up or {@code wait} seconds after the load have passed. */
    private static List<Outcome> follow(String bootstrap, Map<Stage, Long> before, Map<Stage, Long> lagAtEnd,
            long started, long loadEnded, int wait) throws IOException, InterruptedException {
        Map<Stage, Double> caughtUpAt = new java.util.LinkedHashMap<>();
        long deadline = loadEnded + TimeUnit.SECONDS.toNanos(wait);
        // A stage has caught up once the stage feeding it has, and it has read everything its topic holds.
        while (caughtUpAt.size() < STAGES.size() && System.nanoTime() < deadline) {
            for (Stage s : STAGES) {
                if (caughtUpAt.containsKey(s)) {
                    continue;
                }
                boolean upstream = s.after() < 0 || caughtUpAt.containsKey(STAGES.get(s.after()));
                if (upstream && lag(bootstrap, s) == 0) {
                    caughtUpAt.put(s, (System.nanoTime() - started) / 1e9);
                }
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        double now = (System.nanoTime() - started) / 1e9;
        double loadSeconds = (loadEnded - started) / 1e9;
        List<Outcome> outcomes = new ArrayList<>();
        for (Stage s : STAGES) {
            long done = ConsumerGroups.committed(bootstrap, s.group(), s.topic()) - before.get(s);
            Double at = caughtUpAt.get(s);
            double window = at == null ? now : at;
            outcomes.add(new Outcome(s, done, window, lagAtEnd.get(s), Math.max(0, window - loadSeconds), at != null));
        }
        return outcomes;
    }

    /** Waits (up to {@code seconds}) until every stage's group has read everything its topic holds. */
    private static void awaitCaughtUp(String bootstrap, int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            boolean all = true;
            for (Stage s : STAGES) {
                all &= lag(bootstrap, s) == 0;
            }
            if (all) {
                return;
            }
            TimeUnit.SECONDS.sleep(1);
        }
        System.out.println("  (the stages had not caught up with the warm-up after " + seconds + " s; measuring anyway)");
    }

    private static long lag(String bootstrap, Stage s) throws IOException {
        return Math.max(0, ConsumerGroups.lag(bootstrap, s.group(), s.topic()));
    }
}
