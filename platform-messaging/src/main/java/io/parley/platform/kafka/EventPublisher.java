package io.parley.platform.kafka;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes events to Kafka durably: {@code acks=all}, idempotent producer. A publish completes
 * only when the broker has the record, which is what "answered only after the interaction is
 * durably in Kafka" and the outbox relay rely on. Records carry the CloudEvents binary-mode
 * headers {@code ce_id} and {@code ce_type} beside the structured JSON value, so consumers can
 * route without parsing.
 */
@ApplicationScoped
public class EventPublisher {

    private final KafkaSettings settings;
    private final KafkaConnection connection;
    private volatile KafkaProducer<String, byte[]> producer;

    /** For unit tests' stand-ins, which never connect. */
    protected EventPublisher(KafkaSettings settings) {
        this(settings, null);
    }

    @Inject
    public EventPublisher(KafkaSettings settings, KafkaConnection connection) {
        this.settings = settings;
        this.connection = connection;
    }

    /** Sends and returns a future completed when the broker acknowledged the record. */
    public CompletableFuture<RecordMetadata> send(String key, Event<?> event) {
        return send(event.topic(), key, event);
    }

    /**
     * Sends an event to a topic other than its own: a stage of a pipeline (e.g. the gateway's intake, read only
     * by its enrichment stage, which then publishes the same event on the event's own topic).
     */
    public CompletableFuture<RecordMetadata> send(String topic, String key, Event<?> event) {
        return send(topic, key, event.id().toString(), event.type(), EventJson.toBytes(event));
    }

    /** Sends an already serialised event (the outbox stores them serialised). */
    public CompletableFuture<RecordMetadata> send(String topic, String key, String eventId, String eventType,
            byte[] json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, key, json, List.of(
                new RecordHeader("ce_id", eventId.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("ce_type", eventType.getBytes(StandardCharsets.UTF_8)),
                new RecordHeader("content-type", "application/cloudevents+json; charset=UTF-8"
                        .getBytes(StandardCharsets.UTF_8))));
        return send(record);
    }

    /**
     * Hands a record as it is (key, value, headers) to the producer; the future completes when the broker
     * acknowledged it. For records that are not new events: a dead letter, a dead letter replayed.
     */
    public CompletableFuture<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        CompletableFuture<RecordMetadata> done = new CompletableFuture<>();
        producer().send(record, (metadata, error) -> {
            if (error != null) {
                done.completeExceptionally(error);
            } else {
                done.complete(metadata);
            }
        });
        return done;
    }

    /** Sends and blocks until the broker acknowledged it, or fails after the publish timeout. */
    public RecordMetadata sendAndWait(String key, Event<?> event) throws PublishFailedException {
        return await(send(key, event));
    }

    /** Waits for a send started with {@link #send}. */
    public RecordMetadata await(CompletableFuture<RecordMetadata> pending) throws PublishFailedException {
        try {
            return pending.get(settings.publishTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new PublishFailedException("Kafka refused the record: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishFailedException("Kafka did not acknowledge within " + settings.publishTimeout(), e);
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        KafkaProducer<String, byte[]> p = producer;
        if (p == null) {
            synchronized (this) {
                p = producer;
                if (p == null) {
                    producer = p = new KafkaProducer<>(config(), new StringSerializer(), new ByteArraySerializer());
                }
            }
        }
        return p;
    }

    private Properties config() {
        Properties props = connection != null ? connection.clientProperties("parley-publisher") : new Properties();
        props.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, settings.lingerMs());
        // Kafka requires delivery.timeout >= linger + request.timeout.
        int delivery = (int) settings.publishTimeout().toMillis();
        props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
        props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1, (delivery - settings.lingerMs()) / 2));
        props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.publishTimeout().toMillis());
        return props;
    }

    void close(@Observes ShutdownEvent ignored) {
        KafkaProducer<String, byte[]> p = producer;
        if (p != null) {
            p.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** The event could not be made durable in Kafka; nothing may be acknowledged to the sender. */
    public static class PublishFailedException extends Exception {
        public PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
