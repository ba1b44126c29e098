package io.parley.testsupport;

import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.devstack.infra.TestInfrastructure;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Publishes events (or raw bytes) to the harness's Kafka, as another service would. */
public final class TestEvents {

    private static KafkaProducer<String, byte[]> producer;

    private TestEvents() {
    }

    /**
     * Publishes an event on its topic, as the services' {@code EventPublisher} does (the same CloudEvents
     * headers {@code ce_id}, {@code ce_type} and {@code content-type} beside the JSON value, so a consumer is
     * tested with the records it gets in production), and waits for the broker's acknowledgement.
     */
    public static synchronized void send(String key, Event<?> event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), null, key, EventJson.toBytes(event),
                List.of(header("ce_id", event.id().toString()), header("ce_type", event.type()),
                        header("content-type", "application/cloudevents+json; charset=UTF-8")));
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + event.topic(), e);
        }
    }

    private static RecordHeader header(String name, String value) {
        return new RecordHeader(name, value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Publishes several records to one topic under one key (one partition, in this order) without waiting
     * between them, so that a consumer reading in batches is likely to get them in one; waits for them all.
     */
    public static synchronized void sendAllRaw(String topic, String key, List<byte[]> values) {
        List<java.util.concurrent.Future<?>> sent = new java.util.ArrayList<>();
        for (byte[] value : values) {
            sent.add(producer().send(new ProducerRecord<>(topic, key, value)));
        }
        producer().flush();
        for (java.util.concurrent.Future<?> f : sent) {
            try {
                f.get(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("could not publish to " + topic, e);
            }
        }
    }

    /** Publishes raw bytes, e.g. a record no consumer can read, to test dead-lettering. */
    public static synchronized void sendRaw(String topic, String key, byte[] value) {
        try {
            producer().send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not publish to " + topic, e);
        }
    }

    private static KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.endpoints().kafka());
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }
}
