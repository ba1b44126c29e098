package io.parley.ingest.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.IngestConfig;
import io.parley.platform.consumers.RecordProcessing;
import io.parley.platform.consumers.RetryPolicy;
import io.parley.platform.kafka.EventPublisher;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The second half of the gateway: reads interactions as the webhooks made them durable on
 * {@code parley.intake.v1}, adds what the enrichment models read in them, and publishes each on
 * {@code parley.interactions.v1} under the same event id, key and times. A batch's offsets are committed only
 * after Kafka acknowledged every enriched event, so a crash replays the batch; the replayed events carry the ids
 * already published and the consumers' de-duplication drops them (exactly once in effect). While the broker is
 * away, the batch waits: it is published again, with back-off, from the first record Kafka did not acknowledge —
 * never dead-lettered. Only a record that can never become an interaction (unreadable, or refused by Kafka for
 * good) is set aside on the dead-letter topic ({@link RecordProcessing}).
 *
 * <p>A batch is classified on several threads (the models are stateless and thread-safe) and published in the
 * order it was read, so a thread's interactions keep their order; each event is serialised on the worker that
 * enriched it, so the consumer thread only hands bytes to the producer. By default one CPU is left to the webhooks
 * (threads = CPUs − 1, at least 1): under a burst the answers stay fast and the stage catches up after.
 */
@ApplicationScoped
public class EnrichmentStage {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(EnrichmentStage.class);

    private final InteractionEnricher enricher;
    private final EventPublisher publisher;
    private final ExecutorService workers;
    private final Timer batches;
    private final MeterRegistry metrics;
    private final RecordProcessing processing;

    static final String CONSUMER = "ingest.enrichment";

    @Inject
    public EnrichmentStage(InteractionEnricher enricher, EventPublisher publisher, IngestConfig config,
            MeterRegistry metrics, RecordProcessing processing) {
        this.enricher = enricher;
        this.publisher = publisher;
        this.metrics = metrics;
        this.processing = processing;
        int threads = config.enrichment().threads() > 0 ? config.enrichment().threads()
                : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "enrichment-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.batches = Timer.builder("parley_ingest_enrichment_batch").description(
                "Time to enrich and publish one batch read from parley.intake.v1").register(metrics);
    }

    /**
     * A record read and what became of it: its enriched event, serialised once on the worker that made it (a batch
     * published again after a broker outage sends the same bytes), or why it can never be one.
     */
    private record Enriched(ConsumerRecord<String, byte[]> record, Event<InteractionReceived> event, byte[] json,
            RuntimeException failure) {
    }

    @Incoming("intake")
    @Blocking
    public void enrich(ConsumerRecords<String, byte[]> records) {
        Timer.Sample sample = Timer.start();
        List<CompletableFuture<Enriched>> enriching = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            enriching.add(CompletableFuture.supplyAsync(() -> enriched(record), workers));
        }
        List<Enriched> toPublish = new ArrayList<>(records.count());
        for (CompletableFuture<Enriched> next : enriching) {
            Enriched e = next.join();
            if (e.failure() != null) {
                processing.setAside(CONSUMER, e.record(), e.failure());
            } else {
                toPublish.add(e);
            }
        }
        int[] published = {0};
        while (published[0] < toPublish.size()) {
            // A broker outage is waited out here: the batch is published again from the first record Kafka did not
            // acknowledge, and its offsets are committed only once every record is out.
            processing.untilDone(CONSUMER, () -> {
                publishFrom(toPublish, published);
                return null;
            });
        }
        metrics.counter("parley_ingest_enriched").increment(records.count());
        sample.stop(batches);
    }

    /**
     * Sends the events from {@code published[0]} on, in order, and waits for each acknowledgement, moving
     * {@code published[0]} past it. An event Kafka refuses for good (e.g. too large) is set aside; a transient
     * failure is thrown for {@link RecordProcessing#untilDone} to wait out.
     */
    private void publishFrom(List<Enriched> events, int[] published) throws EventPublisher.PublishFailedException {
        List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(events.size() - published[0]);
        for (int i = published[0]; i < events.size(); i++) {
            Event<InteractionReceived> event = events.get(i).event();
            sends.add(publisher.send(event.topic(), event.subject(), event.id().toString(), event.type(),
                    events.get(i).json()));
        }
        for (CompletableFuture<RecordMetadata> send : sends) {
            try {
                publisher.await(send);
            } catch (EventPublisher.PublishFailedException e) {
                if (RetryPolicy.isTransient(e)) {
                    throw e;
                }
                processing.setAside(CONSUMER, events.get(published[0]).record(), e);
            }
            published[0]++;
        }
    }

    /** The same event with the interaction's signals. */
    static Event<InteractionReceived> withSignals(Event<InteractionReceived> heard, InteractionReceived enriched) {
        return new Event<>(heard.specVersion(), heard.id(), heard.source(), heard.type(), heard.subject(),
                heard.brand(), heard.time(), heard.observedTime(), heard.dataContentType(), enriched);
    }

    /** The enriched event, or why the record can never be one (unreadable, or the models failed on it). */
    private Enriched enriched(ConsumerRecord<String, byte[]> record) {
        try {
            Event<InteractionReceived> heard = EventJson.fromBytes(record.value(), InteractionReceived.class);
            InteractionReceived interaction = heard.data();
            Event<InteractionReceived> enriched = interaction.signals() != null ? heard
                    : withSignals(heard, enricher.enrich(interaction));
            return new Enriched(record, enriched, EventJson.toBytes(enriched), null);
        } catch (RuntimeException e) {
            return new Enriched(record, null, null, e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
