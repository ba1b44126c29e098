package io.parley.ingest.intake;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.Topics;
import io.parley.contracts.interactions.Author;
import io.parley.contracts.interactions.InteractionKind;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.IngestConfig;
import io.parley.platform.consumers.ConsumerSettings;
import io.parley.platform.consumers.DeadLetters;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.kafka.EventPublisher;
import io.parley.platform.kafka.KafkaSettings;
import jakarta.enterprise.inject.Vetoed;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 18 item 11: while the broker is away the enrichment stage waits and publishes the batch again — it
 * dead-letters nothing and returns (so its offsets are committed) only once Kafka has every record; only a record
 * that can never become an interaction is set aside.
 */
class EnrichmentStageTest {

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();

    @Test
    void aBrokerOutageIsWaitedOutAndTheBatchIsPublishedWholeInOrderWithNoDeadLetter() {
        // The drill's failure: the producer expires the batch while the broker restarts; here 4 sends fail so.
        FlakyKafka kafka = new FlakyKafka(4);
        List<ConsumerRecord<String, byte[]>> batch = List.of(record(0, comment("1")), record(1, comment("2")),
                record(2, comment("3")));

        stage(kafka).enrich(records(batch));

        assertEquals(List.of(), kafka.deadLetters, "a broker outage sends nothing to the dead-letter topic");
        List<String> published = kafka.published.stream().map(e -> e.id().toString()).toList();
        List<String> expected = batch.stream().map(r -> EventJson.fromBytes(r.value()).id().toString()).toList();
        assertEquals(expected, published.subList(published.size() - 3, published.size()),
                "the last pass published the whole batch, in the order it was read");
        assertTrue(metrics.counter("parley_consumer_retries", "service", "ingest-service", "consumer",
                "ingest.enrichment").count() >= 1, "the waits are counted");
    }

    @Test
    void aRecordThatIsNoInteractionIsSetAsideWithWhereFromAndWhyAndTheOthersGoOn() {
        FlakyKafka kafka = new FlakyKafka(0);
        ConsumerRecord<String, byte[]> unreadable = new ConsumerRecord<>(Topics.INTAKE, 1, 7, "k",
                "{\"not\": \"an event\"".getBytes(StandardCharsets.UTF_8));
        stage(kafka).enrich(records(List.of(record(0, comment("4")), unreadable, record(2, comment("5")))));

        assertEquals(2, kafka.published.size());
        assertEquals(1, kafka.deadLetters.size());
        ProducerRecord<String, byte[]> dead = kafka.deadLetters.get(0);
        assertEquals(Topics.DEAD_LETTER, dead.topic());
        assertEquals(Topics.INTAKE, header(dead, DeadLetters.TOPIC));
        assertEquals("7", header(dead, DeadLetters.OFFSET));
        assertEquals("ingest.enrichment", header(dead, DeadLetters.CONSUMER));
        assertEquals(1.0, metrics.counter("parley_dead_letters", "service", "ingest-service", "consumer",
                "ingest.enrichment", "topic", Topics.INTAKE).count());
    }

    private EnrichmentStage stage(FlakyKafka kafka) {
        ConsumerSettings quick = new ConsumerSettings() {
            @Override
            public Duration firstRetryDelay() {
                return Duration.ofMillis(5);
            }

            @Override
            public Duration longestRetryDelay() {
                return Duration.ofMillis(20);
            }

            @Override
            public Duration unreadyAfter() {
                return Duration.ofSeconds(10);
            }
        };
        RecordProcessing processing = new RecordProcessing(quick, new DeadLetters(kafka, metrics, "ingest-service"),
                metrics, null, "ingest-service");
        IngestConfig config = config();
        return new EnrichmentStage(new InteractionEnricher(config), kafka, config, metrics, processing);
    }

    private static String header(ProducerRecord<String, byte[]> r, String name) {
        return new String(r.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static ConsumerRecords<String, byte[]> records(List<ConsumerRecord<String, byte[]>> list) {
        return new ConsumerRecords<>(Map.of(new TopicPartition(Topics.INTAKE, 0), list), Map.of());
    }

    private static ConsumerRecord<String, byte[]> record(long offset, Event<InteractionReceived> event) {
        return new ConsumerRecord<>(Topics.INTAKE, 0, offset, event.subject(), EventJson.toBytes(event));
    }

    private static Event<InteractionReceived> comment(String id) {
        String commentId = UUID.randomUUID() + "_" + id;
        InteractionReceived heard = new InteractionReceived(StableIds.of("facebook", "1234567890", commentId),
                Platform.FACEBOOK, "1234567890", InteractionKind.COMMENT, commentId, "1234567890_10", "1234567890_10",
                commentId, new Author("42", "Zofia", "https://www.facebook.com/42"), "Gdzie moja przesyłka?",
                "https://www.facebook.com/" + commentId, Instant.parse("2026-11-23T07:00:00Z"));
        return Event.of(StableIds.of("event", heard.interactionId().toString(), "add"), "ingest-service", "acme",
                "acme:facebook:" + commentId, heard.platformTime(), heard.platformTime(), heard);
    }

    /** Models off (they are tested in their own module), one worker thread. */
    private static IngestConfig config() {
        return (IngestConfig) Proxy.newProxyInstance(IngestConfig.class.getClassLoader(),
                new Class<?>[] {IngestConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("enrichment")) {
                        return Proxy.newProxyInstance(IngestConfig.class.getClassLoader(),
                                new Class<?>[] {IngestConfig.EnrichmentSettings.class}, (p, m, a) -> switch (m.getName()) {
                                    case "enabled" -> false;
                                    case "threads" -> 1;
                                    default -> throw new UnsupportedOperationException(m.getName());
                                });
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /**
     * Kafka whose first {@code failures} sends expire as they do while the broker restarts, then acknowledges all.
     * Vetoed: it inherits EventPublisher's scope, and the @QuarkusTests of this module must not see it.
     */
    @Vetoed
    private static final class FlakyKafka extends EventPublisher {
        final List<Event<?>> published = new ArrayList<>();
        final List<ProducerRecord<String, byte[]>> deadLetters = new ArrayList<>();
        private int failures;

        FlakyKafka(int failures) {
            super(new KafkaSettings() {
                @Override
                public String bootstrapServers() {
                    return "unused:9092";
                }

                @Override
                public Duration publishTimeout() {
                    return Duration.ofSeconds(1);
                }

                @Override
                public int lingerMs() {
                    return 0;
                }
            });
            this.failures = failures;
        }

        @Override
        public synchronized CompletableFuture<RecordMetadata> send(String topic, String key, Event<?> event) {
            return send(topic, key, event.id().toString(), event.type(), EventJson.toBytes(event));
        }

        /** What the stage sends: the event serialised, under its id and type; kept as read back from the bytes. */
        @Override
        public synchronized CompletableFuture<RecordMetadata> send(String topic, String key, String eventId,
                String eventType, byte[] json) {
            if (failures > 0) {
                failures--;
                return CompletableFuture.failedFuture(new TimeoutException("Expiring 1 record(s) for " + topic
                        + "-0:10001 ms has passed since batch creation"));
            }
            Event<?> event = EventJson.fromBytes(json);
            assertEquals(Topics.INTERACTIONS, topic);
            assertEquals(event.id().toString(), eventId);
            assertEquals(event.type(), eventType);
            assertEquals(event.subject(), key);
            published.add(event);
            return CompletableFuture.completedFuture(metadata(topic));
        }

        @Override
        public synchronized CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
            deadLetters.add(record);
            return CompletableFuture.completedFuture(metadata(record.topic()));
        }

        private static RecordMetadata metadata(String topic) {
            return new RecordMetadata(new TopicPartition(topic, 0), 0, 0, 0L, 1, 1);
        }
    }
}
