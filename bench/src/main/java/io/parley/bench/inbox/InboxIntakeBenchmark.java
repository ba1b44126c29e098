package io.parley.bench.inbox;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

/**
 * Can the inbox keep up with the gateway? Publishes enriched interactions on {@code parley.interactions.v1}
 * the way the gateway's enrichment stage does (brand acme, Facebook, texts in four languages, three in ten
 * replies in an existing thread), first at a fixed rate for a while, then as one burst, and samples the
 * inbox's consumer lag (the topic's end offsets minus the offsets consumer group {@code inbox-service}
 * committed) twice a second. Prints the lag over time, the rate the inbox applied interactions at, and how
 * long it took to work a burst off.
 *
 * <p>Run it against a stack you can throw away (it adds conversations to acme's inbox):
 * {@code ./parley up -d}, then {@code mvn -q -pl bench exec:java
 * -Dbench.main=io.parley.bench.inbox.InboxIntakeBenchmark}. Options: {@code -Dkafka.bootstrap} (localhost:9092),
 * {@code -Dintake.rate} (interactions/s in the steady phase, default 1,000: the rate the gateway benchmark holds
 * with the whole stack on the reference machine, docs/benchmarks.md), {@code -Dintake.seconds} (30),
 * {@code -Dintake.burst} (30,000), {@code -Dintake.group} (the inbox's consumer group, inbox-service).
 */
public final class InboxIntakeBenchmark {

    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "localhost:9092");
    private static final String GROUP = System.getProperty("intake.group", "inbox-service");
    private static final List<String> TEXTS = List.of(
            "I ordered on Monday and there is still nothing. Where is my parcel?",
            "Zamówienie miało być wczoraj, a dalej nic. Co się dzieje z moją paczką?",
            "Καλησπέρα! Πότε θα είναι ξανά διαθέσιμο το προϊόν;",
            "Спасибо за быструю доставку, всё отлично!", "❤",
            "The app keeps crashing since the update, please fix it",
            "Reklamacja: drukarka przestała działać po tygodniu", "Где мой заказ? Жду уже две недели");
    private static final String[][] SIGNALS = {{"en", "complaint", "negative"}, {"pl", "complaint", "negative"},
            {"el", "question", "neutral"}, {"ru", "praise", "positive"}, {"und", "praise", "positive"},
            {"en", "complaint", "negative"}, {"pl", "complaint", "negative"}, {"ru", "question", "neutral"}};

    private InboxIntakeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rate = Integer.getInteger("intake.rate", 1_000);
        int seconds = Integer.getInteger("intake.seconds", 30);
        int burst = Integer.getInteger("intake.burst", 30_000);
        String run = UUID.randomUUID().toString().substring(0, 8);
        System.out.printf(Locale.ROOT, "Parley inbox intake benchmark — %d cores, Kafka %s, group %s, run %s%n",
                Runtime.getRuntime().availableProcessors(), BOOTSTRAP, GROUP, run);
        try (KafkaProducer<String, byte[]> producer = producer(); Admin admin = admin()) {
            System.out.printf(Locale.ROOT, "lag before: %,d%n", lag(admin));
            Source source = new Source(run);

            System.out.printf(Locale.ROOT, "%nsteady: %,d interactions/s for %d s%n", rate, seconds);
            long committedBefore = committed(admin);
            long t0 = System.nanoTime();
            Sampler sampler = Sampler.start(admin, t0);
            long sent = 0;
            long interval = 1_000_000_000L / rate;
            long end = t0 + seconds * 1_000_000_000L;
            for (long next = t0; next < end; next += interval) {
                LockSupport.parkNanos(next - System.nanoTime());
                producer.send(source.next());
                sent++;
            }
            producer.flush();
            double sendSeconds = (System.nanoTime() - t0) / 1e9;
            long drained = awaitNoLag(admin, t0);
            sampler.stop();
            long applied = committed(admin) - committedBefore;
            System.out.printf(Locale.ROOT, "  sent %,d in %.1f s (%,.0f/s); inbox applied %,d; lag max %,d, at the end "
                    + "of sending %,d; no lag %.1f s after sending stopped%n", sent, sendSeconds, sent / sendSeconds,
                    applied, sampler.max(), sampler.lagAt(sendSeconds), (drained - t0) / 1e9 - sendSeconds);
            sampler.print();

            System.out.printf(Locale.ROOT, "%nburst: %,d interactions as fast as Kafka takes them%n", burst);
            committedBefore = committed(admin);
            t0 = System.nanoTime();
            sampler = Sampler.start(admin, t0);
            for (int i = 0; i < burst; i++) {
                producer.send(source.next());
            }
            producer.flush();
            long sentAt = System.nanoTime();
            long committedWhenSent = committed(admin);
            sendSeconds = (sentAt - t0) / 1e9;
            drained = awaitNoLag(admin, t0);
            sampler.stop();
            double drainSeconds = (drained - t0) / 1e9;
            long committedAtEnd = committed(admin);
            applied = committedAtEnd - committedBefore;
            System.out.printf(Locale.ROOT, "  sent in %.1f s; lag max %,d; inbox worked it off in %.1f s: %,.0f "
                    + "interactions/s applied%n", sendSeconds, sampler.max(), drainSeconds, applied / drainSeconds);
            // While this process sends, it competes with the inbox for the same cores; after, only the inbox works.
            double alone = (drained - sentAt) / 1e9;
            System.out.printf(Locale.ROOT, "  after sending stopped: %,d applied in %.1f s: %,.0f interactions/s%n",
                    committedAtEnd - committedWhenSent, alone, (committedAtEnd - committedWhenSent) / alone);
            sampler.print();
        }
    }

    /** Interactions as the enrichment stage publishes them: 7 in 10 open a thread, 3 answer an earlier one. */
    private static final class Source {
        private final String run;
        private final List<String> threads = new ArrayList<>();
        private long n;

        Source(String run) {
            this.run = run;
        }

        ProducerRecord<String, byte[]> next() {
            n++;
            int k = (int) (n % TEXTS.size());
            boolean reply = !threads.isEmpty() && n % 10 < 3;
            String thread = reply ? threads.get((int) ((n * 7919) % threads.size())) : "intake-" + run + "-" + n;
            if (!reply) {
                threads.add(thread);
            }
            String commentId = reply ? thread + "_" + n : thread;
            Instant now = Instant.now();
            InteractionReceived received = new InteractionReceived(StableIds.of("facebook", "1234567890", commentId),
                    Platform.FACEBOOK, "1234567890", reply ? InteractionKind.REPLY : InteractionKind.COMMENT,
                    commentId, "1234567890_1", reply ? thread : "1234567890_1", thread,
                    new Author("intake-author-" + (n % 5000), "Author " + (n % 5000), null), TEXTS.get(k), null, now,
                    new InteractionSignals(SIGNALS[k][0], 0.95, SIGNALS[k][1], 0.9, false, 0.01, false, 0.01,
                            SIGNALS[k][2], "negative".equals(SIGNALS[k][2]) ? -0.7 : 0.4, "bench", List.of()));
            String key = "acme:facebook:" + thread;
            Event<InteractionReceived> event = Event.of(UUID.randomUUID(), "ingest-service", "acme", key, now, now,
                    received);
            return new ProducerRecord<>(Topics.INTERACTIONS, key, EventJson.toBytes(event));
        }
    }

    /** The lag every half second, from a thread of its own. */
    private static final class Sampler {
        private final List<double[]> samples = new ArrayList<>();
        private final Thread thread;
        private volatile boolean running = true;

        private Sampler(Admin admin, long t0) {
            thread = new Thread(() -> {
                while (running) {
                    try {
                        long lag = lag(admin);
                        synchronized (samples) {
                            samples.add(new double[] {(System.nanoTime() - t0) / 1e9, lag});
                        }
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    } catch (Exception e) {
                        System.out.println("  (lag sample failed: " + e.getMessage() + ")");
                    }
                }
            }, "lag-sampler");
            thread.setDaemon(true);
        }

        static Sampler start(Admin admin, long t0) {
            Sampler s = new Sampler(admin, t0);
            s.thread.start();
            return s;
        }

        void stop() throws InterruptedException {
            running = false;
            thread.join();
        }

        long max() {
            synchronized (samples) {
                return (long) samples.stream().mapToDouble(s -> s[1]).max().orElse(0);
            }
        }

        long lagAt(double second) {
            synchronized (samples) {
                return (long) samples.stream().filter(s -> s[0] <= second).reduce((a, b) -> b)
                        .map(s -> s[1]).orElse(0.0).doubleValue();
            }
        }

        /** One line a second: the lag then. */
        void print() {
            StringBuilder line = new StringBuilder("  lag by second:");
            int last = -1;
            synchronized (samples) {
                for (double[] s : samples) {
                    if ((int) s[0] > last) {
                        last = (int) s[0];
                        line.append(String.format(Locale.ROOT, " %ds:%,d", last, (long) s[1]));
                    }
                }
            }
            System.out.println(line);
        }
    }

    /** Waits until the group has committed everything on the topic; returns when (System.nanoTime()). */
    private static long awaitNoLag(Admin admin, long t0) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (lag(admin) == 0) {
                return System.nanoTime();
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the inbox did not catch up within 10 minutes of " + t0);
    }

    static long lag(Admin admin) throws Exception {
        Map<TopicPartition, Long> ends = ends(admin);
        Map<TopicPartition, OffsetAndMetadata> done = admin.listConsumerGroupOffsets(GROUP)
                .partitionsToOffsetAndMetadata().get();
        long lag = 0;
        for (Map.Entry<TopicPartition, Long> e : ends.entrySet()) {
            OffsetAndMetadata committed = done.get(e.getKey());
            lag += e.getValue() - (committed == null ? 0 : committed.offset());
        }
        return lag;
    }

    static long committed(Admin admin) throws Exception {
        return admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().entrySet().stream()
                .filter(e -> e.getKey().topic().equals(Topics.INTERACTIONS)).mapToLong(e -> e.getValue().offset()).sum();
    }

    private static Map<TopicPartition, Long> ends(Admin admin) throws Exception {
        var partitions = admin.describeTopics(List.of(Topics.INTERACTIONS)).allTopicNames().get()
                .get(Topics.INTERACTIONS).partitions();
        Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
                p -> new TopicPartition(Topics.INTERACTIONS, p.partition()), p -> OffsetSpec.latest()));
        return admin.listOffsets(latest).all().get().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().offset()));
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    private static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        return Admin.create(p);
    }

}
