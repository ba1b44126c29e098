package io.parley.platform.consumers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;
import java.time.Instant;

/**
 * Readiness shows a consumer that has been waiting out a failure for a while (the database or the broker away).
 * Only readiness: the consumer resumes by itself, so restarting the pod (liveness) would help nothing.
 */
@Readiness
@ApplicationScoped
public class ConsumersReadiness implements HealthCheck {

    @Inject
    RecordProcessing processing;

    @Override
    public HealthCheckResponse call() {
        var builder = HealthCheckResponse.named("kafka-consumers").up();
        Instant now = Instant.now();
        for (var entry : processing.waiting().entrySet()) {
            RecordProcessing.Waiting w = entry.getValue();
            Duration waited = Duration.between(w.since(), now);
            builder.withData(entry.getKey(), "waiting " + waited.toSeconds() + " s (try " + w.attempts() + "): "
                    + w.reason());
            if (waited.compareTo(processing.unreadyAfter()) >= 0) {
                builder.down();
            }
        }
        return builder.build();
    }
}
