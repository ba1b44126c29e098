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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

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

    /** The newest dead letters, newest first: at most {@code limit}, only from {@code topic} when given. */
    public List<DeadLetter> newest(int limit, Optional<String> topic) {
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTER, POLL).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, POLL);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, POLL);
            consumer.assign(partitions);
            // Each partition's last `limit` records hold the newest `limit` overall, whatever the spread.
            for (TopicPartition p : partitions) {
                consumer.seek(p, Math.max(begin.get(p), end.get(p) - limit));
            }
            List<DeadLetter> read = new ArrayList<>();
            long deadline = System.nanoTime() + POLL.toNanos();
            while (!caughtUp(consumer, partitions, end) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    DeadLetter d = DeadLetter.of(r);
                    if (topic.isEmpty() || topic.get().equals(d.topic())) {
                        read.add(d);
                    }
                }
            }
            return read.stream().sorted(Comparator.comparing(DeadLetter::deadLetteredAt,
                            Comparator.nullsLast(Comparator.reverseOrder())))
                    .limit(limit).toList();
        }
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

    private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
            Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(p -> consumer.position(p) >= end.get(p));
    }

    private KafkaConsumer<String, byte[]> consumer() {
        Properties props = kafka.clientProperties("analytics-dead-letters");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        return new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
    }
}
