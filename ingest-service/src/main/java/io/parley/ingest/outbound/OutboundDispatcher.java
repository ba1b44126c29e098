package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.deliveries.DeliveryOutcome;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
import io.parley.ingest.channels.IngestConfig;
import io.parley.ingest.sandbox.SandboxRequest;
import io.parley.platform.kafka.ProcessedEvents;
import io.parley.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Performs outbound actions through the channel account's connector and reports every outcome on
 * {@code parley.deliveries.v1}. Each action id is performed at most once: the processed-event claim
 * and the delivery report commit in one transaction with the connector's record.
 */
@ApplicationScoped
public class OutboundDispatcher {

    static final String CONSUMER = "ingest.outbound";

    private final ChannelDirectory channels;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final Clock clock;
    private final GraphApiRequests graph;

    @Inject
    public OutboundDispatcher(ChannelDirectory channels, ProcessedEvents processed, Outbox outbox, Clock clock,
            IngestConfig config) {
        this.channels = channels;
        this.processed = processed;
        this.outbox = outbox;
        this.clock = clock;
        this.graph = new GraphApiRequests(config.meta().graphVersion());
    }

    @Transactional
    public void dispatch(Event<OutboundActionRequested> event) {
        OutboundActionRequested action = event.data();
        if (!processed.claim(CONSUMER, action.actionId())) {
            return; // already performed: a redelivery, or the same action requested twice
        }
        Optional<ChannelAccount> account = channels.find(action.platform(), action.channelAccountId())
                .filter(a -> a.brand().equals(event.brand()));
        if (account.isEmpty()) {
            report(event, DeliveryOutcome.FAILED, null, "brand '" + event.brand() + "' has no "
                    + action.platform().id() + " account '" + action.channelAccountId() + "'", false);
            return;
        }
        Optional<PlatformRequest> request = graph.requestFor(action);
        if (request.isEmpty()) {
            report(event, DeliveryOutcome.FAILED, null, action.action().id() + " is not supported on "
                    + action.platform().id(), account.get().mode() == ChannelMode.sandbox);
            return;
        }
        if (account.get().mode() == ChannelMode.sandbox) {
            record(event, request.get());
            report(event, DeliveryOutcome.DELIVERED, "sandbox_" + action.actionId().toString().replace("-", "")
                    .substring(0, 16), null, true);
        } else {
            // Live connectors (typed Graph API clients) arrive with the channel gateway issue.
            report(event, DeliveryOutcome.FAILED, null, "live delivery to " + action.platform().id()
                    + " is not available yet; set the channel account to sandbox", false);
        }
    }

    private void record(Event<OutboundActionRequested> event, PlatformRequest request) {
        OutboundActionRequested action = event.data();
        SandboxRequest recorded = new SandboxRequest();
        recorded.id = StableIds.of("sandbox", action.actionId().toString());
        recorded.actionId = action.actionId();
        recorded.brand = event.brand();
        recorded.platform = action.platform().id();
        recorded.channelAccountId = action.channelAccountId();
        recorded.action = action.action().id();
        recorded.method = request.method();
        recorded.url = request.url();
        recorded.contentType = request.contentType();
        recorded.body = request.body();
        recorded.requestedBy = action.requestedBy();
        recorded.recordedAt = clock.instant();
        recorded.persist();
    }

    private void report(Event<OutboundActionRequested> event, DeliveryOutcome outcome, String platformObjectId,
            String reason, boolean sandbox) {
        OutboundActionRequested action = event.data();
        Instant now = clock.instant();
        UUID id = StableIds.of("delivery", action.actionId().toString());
        outbox.add(action.actionId().toString(), Event.of(id, "ingest-service", event.brand(),
                action.actionId().toString(), now, now, new DeliveryReported(action.actionId(), action.action(),
                        action.platform(), outcome, platformObjectId, reason, sandbox, action.origin(), now)));
    }
}
