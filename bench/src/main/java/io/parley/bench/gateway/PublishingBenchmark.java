package io.parley.bench.gateway;

import io.parley.bench.MachineLimits;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.contracts.outbound.OutboundMedia;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Publishing through the gateway at once: {@code publish.actions} (10,000) {@code PUBLISH_POST} actions for acme's
 * sandbox channel accounts (Facebook, Instagram with an image, X, LinkedIn with a link, VK, Telegram), all due in the
 * same moment, are put on {@code parley.outbound.v1}; one in ten is sent a second time (a redelivery, or a scheduler
 * that claimed it twice). The benchmark then reads {@code parley.deliveries.v1} until every action has its final
 * report and counts, in the gateway's sandbox log ({@code sandbox_request}), how many times each action was recorded.
 * It prints: actions published once, none twice (final reports and first-step sandbox records per action, both
 * exactly one), and the delay from due time (the moment the action was put on the topic) to the delivery report,
 * p50/p95/p99/max.
 *
 * <p>Needs the local stack (or ingest-service on its own with Kafka and PostgreSQL): {@code ./parley up -d}, then
 * {@code mvn -q -pl bench exec:java -Dbench.main=io.parley.bench.gateway.PublishingBenchmark}. Options:
 * {@code -Dkafka.bootstrap} (localhost:9092), {@code -Dpublish.jdbc} (jdbc:postgresql://localhost:5433/parley_ingest),
 * {@code -Dpublish.actions} (10000), {@code -Dpublish.duplicates} (0.1), {@code -Dpublish.timeout} (600 s),
 * {@code -Dpublish.topic} (parley.outbound.v1).
 */
public final class PublishingBenchmark {

    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "localhost:9092");
    /** The gateway's outbound topic (a gateway started for the benchmark alone may read another). */
    private static final String OUTBOUND = System.getProperty("publish.topic", Topics.OUTBOUND);
    private static final String JDBC = System.getProperty("publish.jdbc",
            "jdbc:postgresql://localhost:5433/parley_ingest");
    private static final String[][] ACCOUNTS = {{"facebook", "1234567890"}, {"instagram", "17841400000000001"},
            {"x", "1500000000000000001"}, {"linkedin", "90000001"}, {"vk", "200000001"}, {"telegram", "7000000001"}};
    private static final String[] TEXTS = {"Zimowa kolekcja już jest ❄", "Winter is here: the new collection",
            "Η νέα συλλογή είναι εδώ", "Новая коллекция уже в продаже"};

    private PublishingBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int actions = Integer.getInteger("publish.actions", 10_000);
        double duplicates = Double.parseDouble(System.getProperty("publish.duplicates", "0.1"));
        Duration timeout = Duration.ofSeconds(Long.getLong("publish.timeout", 600));
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf(Locale.ROOT, "Parley publishing benchmark — %d cores, Kafka %s, %,d actions, run %s%n",
                Runtime.getRuntime().availableProcessors(), BOOTSTRAP, actions, run);
        MachineLimits.print(BOOTSTRAP, JDBC, "parley", "parley");

        Map<UUID, Instant> due = new HashMap<>();
        try (KafkaConsumer<String, byte[]> deliveries = consumer(); KafkaProducer<String, byte[]> producer = producer()) {
            List<TopicPartition> partitions = deliveries.partitionsFor(Topics.DELIVERIES).stream()
                    .map(p -> new TopicPartition(Topics.DELIVERIES, p.partition())).toList();
            deliveries.assign(partitions);
            deliveries.seekToEnd(partitions);
            partitions.forEach(deliveries::position);

            long started = System.nanoTime();
            int sent = 0;
            int every = duplicates > 0 ? (int) Math.round(1 / duplicates) : 0;
            for (int i = 0; i < actions; i++) {
                Event<OutboundActionRequested> event = action(run, i);
                due.put(event.data().actionId(), event.time());
                producer.send(new ProducerRecord<>(OUTBOUND, "variant-" + event.data().actionId(),
                        EventJson.toBytes(event)));
                sent++;
                if (every > 0 && i % every == 0) {
                    producer.send(new ProducerRecord<>(OUTBOUND, "variant-" + event.data().actionId(),
                            EventJson.toBytes(event)));
                    sent++;
                }
            }
            producer.flush();
            System.out.printf(Locale.ROOT, "put %,d records (%,d actions, %,d sent twice) in %.1f s%n", sent, actions,
                    sent - actions, (System.nanoTime() - started) / 1e9);

            Map<UUID, Integer> finals = new HashMap<>();
            Map<UUID, Instant> delivered = new HashMap<>();
            int failed = 0;
            long deadline = System.nanoTime() + timeout.toNanos();
            while (finals.size() < actions && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : deliveries.poll(Duration.ofMillis(500))) {
                    Event<Payload> e = EventJson.fromBytes(r.value());
                    if (e.data() instanceof DeliveryReported report && due.containsKey(report.actionId())
                            && report.outcome().isFinal()) {
                        finals.merge(report.actionId(), 1, Integer::sum);
                        if (report.outcome().id().equals("delivered")) {
                            delivered.putIfAbsent(report.actionId(), report.completedAt());
                        } else {
                            failed++;
                        }
                    }
                }
            }
            double wall = (System.nanoTime() - started) / 1e9;
            long reportedTwice = finals.values().stream().filter(n -> n > 1).count();
            System.out.printf(Locale.ROOT, "final reports for %,d of %,d actions in %.1f s (%,.0f actions/s); "
                            + "delivered %,d, failed %,d, reported twice %,d%n", finals.size(), actions, wall,
                    finals.size() / wall, delivered.size(), failed, reportedTwice);

            long[] millis = delivered.entrySet().stream()
                    .mapToLong(e -> Duration.between(due.get(e.getKey()), e.getValue()).toMillis()).sorted().toArray();
            if (millis.length > 0) {
                System.out.printf(Locale.ROOT, "due → delivered: p50 %,d ms, p95 %,d ms, p99 %,d ms, max %,d ms%n",
                        pct(millis, 50), pct(millis, 95), pct(millis, 99), millis[millis.length - 1]);
            }
            SandboxLog.print(JDBC, "parley", "parley", due.keySet());
        }
    }

    private static Event<OutboundActionRequested> action(String run, int i) {
        String[] account = ACCOUNTS[i % ACCOUNTS.length];
        Platform platform = Platform.fromId(account[0]);
        String text = TEXTS[i % TEXTS.length] + " · " + run + "-" + i;
        List<OutboundMedia> media = platform == Platform.INSTAGRAM ? List.of(new OutboundMedia("bench",
                "https://calendar.example/api/v1/public/media/bench?expires=1&sig=00", "image/jpeg", null)) : List.of();
        String link = platform == Platform.LINKEDIN || platform == Platform.FACEBOOK
                ? "https://acme.example/zima?utm_source=" + account[0] + "&pid=" + run + i : null;
        String target = platform == Platform.TELEGRAM ? "@acme_news" : null;
        UUID id = UUID.randomUUID();
        Instant now = Instant.now();
        return Event.of(UUID.randomUUID(), "bench", "acme", "variant-" + id, now, now, new OutboundActionRequested(id,
                OutboundAction.PUBLISH_POST, platform, account[1], target, text, "bench", "bench/" + run + "/" + i, null,
                link, media, link == null ? null : run + i, null));
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The benchmarks' producer to the broker under test (SlowPlatformBenchmark's too). */
    static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    /** The benchmarks' consumer of the broker under test (SlowPlatformBenchmark's too). */
    static KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
