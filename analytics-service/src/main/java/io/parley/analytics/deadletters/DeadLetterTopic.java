package io.parley.analytics.deadletters;

import io.parley.contracts.Topics;
import io.parley.platform.consumers.DeadLetters;
import io.parley.platform.kafka.EventPublisher;
import io.parley.platform.kafka.KafkaConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.parley.platform.problem.ProblemException;
import io.parley.platform.problem.ProblemType;
import io.parley.platform.rest.Cursor;
import io.parley.platform.rest.Page;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Reads {@code parley.deadletter.v1} directly (no consumer group: reading it commits nothing and moves no one's
 * offset) and re-publishes chosen dead letters to the topic they came from, as they were: key, value and the
 * record's own headers ({@code ce_id}, {@code ce_type}), with {@code replayed-from} added. A consumer reads a
 * replayed record like any other, and its de-duplication by event id makes a second replay change nothing.
 */
@ApplicationScoped
public class DeadLetterTopic {

    private static final Duration POLL = Duration.ofSeconds(5);

    @Inject
    KafkaConnection kafka;

    @Inject
    EventPublisher publisher;

    /** The name of the dead-letter listing in its cursors. */
    static final String LISTING = "dead-letters";

    /**
     * A page of the dead letters, newest first (only those read from {@code topic} when given), after {@code cursor}
     * (null: the first page). The topic is not a table: its keyset is the place reached in each partition. Each
     * partition is read newest first (its offsets downwards) and the partitions are merged by the time each record
     * was set aside, so a partition's records keep their order; the cursor is platform-rest's {@link Cursor} holding,
     * for every partition, the offset below which the next page reads. A record dead-lettered while a client pages
     * lands above those offsets and is on no later page (it is on a new first page); none is listed twice or skipped.
     * Kafka not answering within the poll time is a 503: a page is never silently short.
     */
    public Page<DeadLetter> page(Optional<String> topic, String cursor, int limit) {
        Map<Integer, Long> below = bounds(cursor);
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER, POLL).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .sorted(Comparator.comparingInt(TopicPartition::partition)).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, POLL);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, POLL);
            long deadline = System.nanoTime() + POLL.toNanos();
            Map<Integer, Long> upper = new TreeMap<>();
            List<Deque<Placed>> heads = new ArrayList<>();
            for (TopicPartition p : partitions) {
                // A partition the cursor does not know was added after the first page: all of it is newer.
                long from = below == null ? end.get(p)
                        : Math.min(below.getOrDefault(p.partition(), begin.get(p)), end.get(p));
                upper.put(p.partition(), from);
                heads.add(newestBelow(consumer, p, begin.get(p), from, limit + Page.LOOKAHEAD, topic, deadline));
            }
            // Merge the partitions' newest-first runs: the latest set aside at the head of any run goes next.
            Comparator<Deque<Placed>> latest = Comparator
                    .<Deque<Placed>, Instant>comparing(run -> run.peekFirst().setAside()).reversed()
                    .thenComparingInt(run -> run.peekFirst().partition());
            PriorityQueue<Deque<Placed>> runs = new PriorityQueue<>(latest);
            heads.stream().filter(run -> !run.isEmpty()).forEach(runs::add);
            List<Placed> taken = new ArrayList<>();
            while (taken.size() < limit + Page.LOOKAHEAD && !runs.isEmpty()) {
                Deque<Placed> run = runs.poll();
                taken.add(run.pollFirst());
                if (!run.isEmpty()) {
                    runs.add(run);
                }
            }
            List<Placed> shown = taken.subList(0, Math.min(limit, taken.size()));
            String next = null;
            if (taken.size() > limit) {
                for (Placed r : shown) {
                    upper.merge(r.partition(), r.offset(), Math::min);
                }
                List<Object> keys = new ArrayList<>();
                upper.forEach((partition, offset) -> {
                    keys.add(partition);
                    keys.add(offset);
                });
                next = Cursor.encode(LISTING, keys.toArray());
            }
            return new Page<>(shown.stream().map(Placed::letter).toList(), next);
        }
    }

    /** Per partition, the offset below which a page reads, from a cursor of this listing; null for the first page. */
    static Map<Integer, Long> bounds(String cursor) {
        Cursor.Position position = Cursor.decodeAny(LISTING, cursor);
        if (position == null) {
            return null;
        }
        if (position.size() == 0 || position.size() % 2 != 0) {
            throw Cursor.invalid();
        }
        Map<Integer, Long> bounds = new TreeMap<>();
        for (int i = 0; i < position.size(); i += 2) {
            long partition = position.number(i);
            long offset = position.number(i + 1);
            if (partition < 0 || partition > Integer.MAX_VALUE || offset < 0
                    || bounds.put((int) partition, offset) != null) {
                throw Cursor.invalid();
            }
        }
        return bounds;
    }

    /**
     * Up to {@code most} records of {@code topic} (all when empty) below offset {@code upper} of partition {@code p},
     * newest (highest offset) first: read in ever longer stretches downwards from {@code upper} to {@code begin}.
     */
    private static Deque<Placed> newestBelow(KafkaConsumer<String, byte[]> consumer,
            TopicPartition p, long begin, long upper, int most, Optional<String> topic, long deadline) {
        Deque<Placed> found = new ArrayDeque<>();
        long high = upper;
        long stretch = Math.max(most, 100);
        consumer.assign(List.of(p));
        while (found.size() < most && high > begin) {
            long low = Math.max(begin, high - stretch);
            List<ConsumerRecord<String, byte[]>> read = new ArrayList<>();
            consumer.seek(p, low);
            while (consumer.position(p) < high) {
                if (System.nanoTime() > deadline) {
                    throw new ProblemException(ProblemType.UNAVAILABLE, "Kafka did not give "
                            + Topics.DEAD_LETTER + "'s partition " + p.partition() + " in time; try again");
                }
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() >= low && r.offset() < high) {
                        read.add(r);
                    }
                }
            }
            for (int i = read.size() - 1; i >= 0 && found.size() < most; i--) {
                ConsumerRecord<String, byte[]> r = read.get(i);
                if (topic.isEmpty() || topic.get().equals(DeadLetter.header(r, DeadLetters.TOPIC))) {
                    DeadLetter letter = DeadLetter.of(r);
                    found.addLast(new Placed(letter, r.partition(), r.offset(),
                            letter.deadLetteredAt() == null ? Instant.EPOCH : letter.deadLetteredAt()));
                }
            }
            high = low;
            stretch *= 2;
        }
        return found;
    }

    /** A dead letter with its own place on the dead-letter topic and when it was set aside (the merge's order). */
    private record Placed(DeadLetter letter, int partition, long offset, Instant setAside) {
    }

    /** The dead letter at that place, if there is one. */
    public Optional<ConsumerRecord<String, byte[]>> find(DeadLetter.Id id) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            TopicPartition p = new TopicPartition(Topics.DEAD_LETTER, id.partition());
            if (consumer.partitionsFor(Topics.DEAD_LETTER, POLL).stream().noneMatch(i -> i.partition() == id.partition())) {
                return Optional.empty();
            }
            long end = consumer.endOffsets(List.of(p), POLL).get(p);
            long begin = consumer.beginningOffsets(List.of(p), POLL).get(p);
            if (id.offset() < begin || id.offset() >= end) {
                return Optional.empty();
            }
            consumer.assign(List.of(p));
            consumer.seek(p, id.offset());
            long deadline = System.nanoTime() + POLL.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() == id.offset()) {
                        return Optional.of(r);
                    }
                    if (r.offset() > id.offset()) {
                        return Optional.empty(); // compacted or aborted: no record at that offset
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Publishes the dead letter on the topic it came from; answers where it went. */
    public RecordMetadata replay(DeadLetter.Id id, ConsumerRecord<String, byte[]> deadLetter)
            throws EventPublisher.PublishFailedException {
        String origin = DeadLetter.header(deadLetter, DeadLetters.TOPIC);
        List<Header> headers = new ArrayList<>();
        for (Header h : deadLetter.headers()) {
            if (!h.key().startsWith("dead-letter-") && !h.key().equals("replayed-from")) {
                headers.add(h);
            }
        }
        headers.add(new RecordHeader("replayed-from", (Topics.DEAD_LETTER + "/" + id).getBytes(StandardCharsets.UTF_8)));
        return publisher.await(publisher.send(new ProducerRecord<>(origin, null, deadLetter.key(), deadLetter.value(),
                headers)));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = kafka.clientProperties("analytics-dead-letters");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
