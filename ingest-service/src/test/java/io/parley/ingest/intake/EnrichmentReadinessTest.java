package io.parley.ingest.intake;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ingest-service takes webhooks while its enrichment models still load: the readiness check is UP in every state of
 * the models and names the state, so a pod joins the Service about 3 s sooner at every start.
 */
class EnrichmentReadinessTest {

    @Test
    void aPodIsReadyWhileItsModelsLoadAndSaysSo() {
        HealthCheckResponse loading = InteractionEnricher.health(true, new CompletableFuture<>());
        assertEquals(HealthCheckResponse.Status.UP, loading.getStatus());
        assertEquals("loading", loading.getData().orElseThrow().get("models"));
    }

    @Test
    void itNamesLoadedAndFailedModelsAndEnrichmentSwitchedOff() {
        HealthCheckResponse loaded = InteractionEnricher.health(true, CompletableFuture.completedFuture(new Object()));
        assertEquals(HealthCheckResponse.Status.UP, loaded.getStatus());
        assertEquals("loaded", loaded.getData().orElseThrow().get("models"));

        HealthCheckResponse failed = InteractionEnricher.health(true,
                CompletableFuture.failedFuture(new IllegalStateException("no model file")));
        assertEquals(HealthCheckResponse.Status.UP, failed.getStatus(), "interactions still flow, without signals");
        assertEquals("failed to load", failed.getData().orElseThrow().get("models"));

        HealthCheckResponse off = InteractionEnricher.health(false, new CompletableFuture<>());
        assertEquals(HealthCheckResponse.Status.UP, off.getStatus());
        assertEquals(false, off.getData().orElseThrow().get("enabled"));
    }
}
