package io.parley.platform.consumers;

import io.micrometer.core.instrument.MeterRegistry;
import io.parley.contracts.Topics;
import io.parley.platform.kafka.EventPublisher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sets a record that can never be processed aside on {@code parley.deadletter.v1}: the same key, value and
 * headers (so it can be replayed as it was), plus why and where from — {@code dead-letter-reason},
 * {@code dead-letter-cause}, {@code dead-letter-topic}, {@code dead-letter-partition}, {@code dead-letter-offset},
 * {@code dead-letter-consumer}, {@code dead-letter-service}, {@code dead-letter-at}. Every dead letter is counted
 * in {@code parley_dead_letters_total{service, consumer, topic}}, which the alert rule in {@code k8s/monitoring}
 * watches, and logged as an error. The one way every consumer dead-letters (see {@link RecordProcessing}).
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    /** The headers a dead letter adds to the record's own. */
    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";
    public static final String CONSUMER = "dead-letter-consumer";
    public static final String SERVICE = "dead-letter-service";
    public static final String AT = "dead-letter-at";

    private final EventPublisher publisher;
    private final MeterRegistry metrics;
    private final String service;

    @Inject
    public DeadLetters(EventPublisher publisher, MeterRegistry metrics,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.publisher = publisher;
        this.metrics = metrics;
        this.service = service;
    }

    /** Publishes the dead letter and waits until the broker has it; counts it. */
    public RecordMetadata send(String consumer, ConsumerRecord<String, byte[]> failed, Throwable why)
            throws EventPublisher.PublishFailedException {
        List<Header> headers = new ArrayList<>();
        for (Header h : failed.headers()) {
            if (!h.key().startsWith("dead-letter-")) {
                headers.add(h);
            }
        }
        headers.add(header(REASON, why.getMessage() == null ? why.getClass().getName() : why.getMessage()));
        headers.add(header(CAUSE, rootCause(why)));
        headers.add(header(TOPIC, failed.topic()));
        headers.add(header(PARTITION, Integer.toString(failed.partition())));
        headers.add(header(OFFSET, Long.toString(failed.offset())));
        headers.add(header(CONSUMER, consumer));
        headers.add(header(SERVICE, service));
        headers.add(header(AT, Instant.now().toString()));
        RecordMetadata sent = publisher.await(publisher.send(new ProducerRecord<>(Topics.DEAD_LETTER, null,
                failed.key(), failed.value(), headers)));
        metrics.counter("parley_dead_letters", "service", service, "consumer", consumer, "topic", failed.topic())
                .increment();
        LOG.errorf("%s set %s-%d@%d aside on %s (dead letter %d@%d): %s", consumer, failed.topic(),
                failed.partition(), failed.offset(), Topics.DEAD_LETTER, sent.partition(), sent.offset(),
                why.getMessage());
        return sent;
    }

    private static String rootCause(Throwable why) {
        Throwable root = why;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }

    private static RecordHeader header(String name, String value) {
        // Headers are for operators: keep them bounded whatever the exception's message holds.
        String bounded = value.length() > 2000 ? value.substring(0, 2000) + "…" : value;
        return new RecordHeader(name, bounded.getBytes(StandardCharsets.UTF_8));
    }
}
