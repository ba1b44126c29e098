package io.parley.ingest.intake;

import io.parley.contracts.interactions.InteractionReceived;
import io.parley.contracts.interactions.InteractionSignals;
import io.parley.enrichment.Enricher;
import io.parley.enrichment.Enrichment;
import io.parley.ingest.channels.IngestConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Adds what the enrichment models read (language, moment of truth, abuse, spam, sentiment) to each
 * interaction before it is published. The models load on a thread of their own at start-up (a few
 * seconds). The service is ready before they have: a webhook only puts its interactions on
 * {@code parley.intake.v1} (ADR 6), and the enrichment stage reading them waits for the models
 * ({@code parley.ingest.enrichment.load-wait}), as does the rare webhook of a listening source, whose items are
 * enriched while it waits. Readiness reports the models' state without waiting for it.
 */
@ApplicationScoped
public class InteractionEnricher {

    private static final Logger LOG = Logger.getLogger(InteractionEnricher.class);

    private final IngestConfig config;
    private final CompletableFuture<Enricher> models = new CompletableFuture<>();

    @Inject
    public InteractionEnricher(IngestConfig config) {
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (!config.enrichment().enabled()) {
            return;
        }
        Thread loader = new Thread(() -> {
            long started = System.nanoTime();
            try {
                Enricher enricher = Enricher.load();
                LOG.infof("enrichment models %s loaded in %d ms", enricher.modelVersion(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                models.complete(enricher);
            } catch (RuntimeException | Error e) {
                LOG.error("enrichment models failed to load; interactions are published without signals", e);
                models.completeExceptionally(e);
            }
        }, "enrichment-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The interaction with its signals; unchanged when enrichment is off or its models could not load. */
    public InteractionReceived enrich(InteractionReceived interaction) {
        if (!config.enrichment().enabled() || interaction.text() == null || interaction.text().isBlank()) {
            return interaction;
        }
        Enricher enricher;
        try {
            enricher = models.get(config.enrichment().loadWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return interaction;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return interaction;
        }
        Enrichment e = enricher.enrich(interaction.text());
        return interaction.withSignals(new InteractionSignals(e.language(), e.languageConfidence(),
                e.moment().name().toLowerCase(Locale.ROOT), e.momentConfidence(), e.abusive(), e.abusiveScore(),
                e.spam(), e.spamScore(), e.sentiment().name().toLowerCase(Locale.ROOT), e.sentimentScore(),
                e.modelVersion(), java.util.List.of()));
    }

    /** The models' state: loading, loaded or failed to load; UP in every case (see the class). */
    @Readiness
    @ApplicationScoped
    static class ModelsLoaded implements HealthCheck {

        @Inject
        InteractionEnricher enricher;

        @Override
        public HealthCheckResponse call() {
            return enricher.health();
        }
    }

    HealthCheckResponse health() {
        return health(config.enrichment().enabled(), models);
    }

    /** UP whatever the models' state, which it names: a webhook never waits for them (see the class). */
    static HealthCheckResponse health(boolean enabled, CompletableFuture<?> models) {
        if (!enabled) {
            return HealthCheckResponse.named("enrichment").up().withData("enabled", false).build();
        }
        if (models.isCompletedExceptionally()) {
            // Interactions still flow (without signals); the logs say why.
            return HealthCheckResponse.named("enrichment").up().withData("models", "failed to load").build();
        }
        return HealthCheckResponse.named("enrichment").up().withData("models",
                models.isDone() ? "loaded" : "loading").build();
    }
}
