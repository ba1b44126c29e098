package io.parley.ingest.intake;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.parley.contracts.Event;
import io.parley.contracts.EventJson;
import io.parley.contracts.interactions.InteractionReceived;
import io.parley.ingest.channels.IngestConfig;
import io.parley.platform.kafka.EventPublisher;
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
 * already published and the consumers' de-duplication drops them (exactly once in effect).
 *
 * <p>A batch is classified on several threads (the models are stateless and thread-safe) and published in the
 * order it was read, so a thread's interactions keep their order. By default one CPU is left to the webhooks
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

    @Inject
    public EnrichmentStage(InteractionEnricher enricher, EventPublisher publisher, IngestConfig config,
            MeterRegistry metrics) {
        this.enricher = enricher;
        this.publisher = publisher;
        this.metrics = metrics;
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

    @Incoming("intake")
    @Blocking
    public void enrich(List<byte[]> records) throws EventPublisher.PublishFailedException {
        Timer.Sample sample = Timer.start();
        List<CompletableFuture<Event<InteractionReceived>>> enriched = new ArrayList<>(records.size());
        for (byte[] record : records) {
            enriched.add(CompletableFuture.supplyAsync(() -> enriched(record), workers));
        }
        List<CompletableFuture<RecordMetadata>> sends = new ArrayList<>(records.size());
        for (CompletableFuture<Event<InteractionReceived>> next : enriched) {
            Event<InteractionReceived> event = next.join();
            if (event == null) {
                continue;
            }
            sends.add(publisher.send(event.subject(), event));
        }
        for (CompletableFuture<RecordMetadata> send : sends) {
            publisher.await(send);
        }
        metrics.counter("parley_ingest_enriched").increment(records.size());
        sample.stop(batches);
    }

    /** The same event with the interaction's signals. */
    static Event<InteractionReceived> withSignals(Event<InteractionReceived> heard, InteractionReceived enriched) {
        return new Event<>(heard.specVersion(), heard.id(), heard.source(), heard.type(), heard.subject(),
                heard.brand(), heard.time(), heard.observedTime(), heard.dataContentType(), enriched);
    }

    /** The enriched event, or null (logged and counted) for a record that is not an interaction. */
    private Event<InteractionReceived> enriched(byte[] record) {
        Event<InteractionReceived> heard;
        try {
            heard = EventJson.fromBytes(record, InteractionReceived.class);
        } catch (EventJson.UnreadableEventException e) {
            LOG.warnf("skipped a record on parley.intake.v1 that is not an interaction: %s", e.getMessage());
            metrics.counter("parley_ingest_ignored", "platform", "intake", "reason", "unreadable").increment();
            return null;
        }
        InteractionReceived interaction = heard.data();
        return interaction.signals() != null ? heard : withSignals(heard, enricher.enrich(interaction));
    }

    @PreDestroy
    void stop() {
        workers.shutdown();
    }
}
