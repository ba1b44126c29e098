package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.Platform;
import io.parley.contracts.StableIds;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundAction;
import io.micrometer.core.instrument.MeterRegistry;
import io.parley.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Reports an action's outcome on {@code parley.deliveries.v1} through the outbox, keyed by action id. One report per
 * change of state: the event id derives from the action, the attempt and the outcome, so a report written twice is
 * kept once by the outbox, and requesters dedupe on the same three.
 */
@ApplicationScoped
public class DeliveryReports {

    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry metrics;

    @Inject
    public DeliveryReports(Outbox outbox, Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void report(String brand, UUID actionId, OutboundAction action, Platform platform, String origin,
            ConnectorOutcome outcome) {
        report(brand, actionId, action, platform, origin, outcome, 1);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void report(String brand, UUID actionId, OutboundAction action, Platform platform, String origin,
            ConnectorOutcome outcome, int attempt) {
        Instant now = clock.instant();
        UUID id = attempt == 1 && outcome.outcome().isFinal() ? StableIds.of("delivery", actionId.toString())
                : StableIds.of("delivery", actionId + "/" + attempt + "/" + outcome.outcome().id());
        outbox.add(actionId.toString(), Event.of(id, "ingest-service", brand, actionId.toString(), now, now,
                new DeliveryReported(actionId, action, platform, outcome.outcome(), outcome.platformObjectId(),
                        outcome.reason(), outcome.sandbox(), origin, now, outcome.permalink(), outcome.failure(),
                        outcome.retryAt(), attempt)));
        // parley_ingest_deliveries_total{platform,action,outcome,mode}: counted when written (a rolled-back
        // transaction may count one that is reported again later; the figure is for dashboards, not billing).
        metrics.counter("parley_ingest_deliveries", "platform", platform.id(), "action", action.id(),
                "outcome", outcome.outcome().id(), "mode", outcome.sandbox() ? "sandbox" : "live").increment();
    }
}
