package io.parley.testsupport;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Payload;
import io.parley.devstack.infra.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

/**
 * Reads a topic from the moment it is opened, for tests that assert "this event was published".
 * Open it before the action, then {@link #awaitEvent} what the action should cause.
 */
public final class EventTail implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    private EventTail(String bootstrap, String topic) {
        this.topic = topic;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end offsets now, not at the first poll
    }

    /** Tails a topic of the harness's Kafka. */
    public static EventTail open(String topic) {
        return new EventTail(TestInfrastructure.endpoints().kafka(), topic);
    }

    public static EventTail open(String bootstrap, String topic) {
        return new EventTail(bootstrap, topic);
    }

    /** Waits for an event with the given data type that matches; fails the test after the timeout. */
    @SuppressWarnings("unchecked")
    public <T extends Payload> Event<T> awaitEvent(Class<T> type, Predicate<Event<T>> matching, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = 0;
        while (true) {
            for (; checked < seen.size(); checked++) {
                Event<Payload> event = readOrNull(seen.get(checked).value());
                if (event != null && type.isInstance(event.data()) && matching.test((Event<T>) (Event<?>) event)) {
                    return (Event<T>) (Event<?>) event;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type.getSimpleName() + " event matching on " + topic + " within "
                        + timeout + " (" + seen.size() + " records seen)");
            }
            consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        }
    }

    /** Every record seen so far, with its key, for assertions on keys and headers. */
    public List<ConsumerRecord<String, byte[]>> records() {
        consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
        return List.copyOf(seen);
    }

    private static Event<Payload> readOrNull(byte[] value) {
        try {
            return EventJson.fromBytes(value);
        } catch (EventJson.UnreadableEventException e) {
            return null;
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
