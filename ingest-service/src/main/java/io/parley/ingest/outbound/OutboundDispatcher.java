package io.parley.ingest.outbound;

import io.parley.contracts.Event;
import io.parley.contracts.StableIds;
import io.parley.contracts.deliveries.DeliveryReported;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.ChannelDirectory;
import io.parley.ingest.channels.ChannelMode;
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
 * Performs outbound actions through the channel account's connector (sandbox or live, by the
 * account's mode) and reports every outcome on {@code parley.deliveries.v1}. Each action id is
 * performed at most once: the processed-event claim, the connector's record and the delivery report
 * commit in one transaction.
 */
@ApplicationScoped
public class OutboundDispatcher {

    static final String CONSUMER = "ingest.outbound";

    private final ChannelDirectory channels;
    private final ProcessedEvents processed;
    private final Outbox outbox;
    private final Clock clock;
    private final PlatformConnector sandbox;
    private final PlatformConnector live;

    @Inject
    public OutboundDispatcher(ChannelDirectory channels, ProcessedEvents processed, Outbox outbox, Clock clock,
            SandboxConnector sandbox, LiveConnector live) {
        this.channels = channels;
        this.processed = processed;
        this.outbox = outbox;
        this.clock = clock;
        this.sandbox = sandbox;
        this.live = live;
    }

    @Transactional
    public void dispatch(Event<OutboundActionRequested> event) {
        OutboundActionRequested action = event.data();
        if (!processed.claim(CONSUMER, action.actionId())) {
            return; // already performed: a redelivery, or the same action requested twice
        }
        Optional<ChannelAccount> account = channels.find(action.platform(), action.channelAccountId())
                .filter(a -> a.brand().equals(event.brand()));
        ConnectorOutcome outcome = account
                .map(a -> (a.mode() == ChannelMode.sandbox ? sandbox : live).perform(a, action))
                .orElseGet(() -> ConnectorOutcome.failed("brand '" + event.brand() + "' has no "
                        + action.platform().id() + " account '" + action.channelAccountId() + "'", false));
        report(event, outcome);
    }

    private void report(Event<OutboundActionRequested> event, ConnectorOutcome outcome) {
        OutboundActionRequested action = event.data();
        Instant now = clock.instant();
        UUID id = StableIds.of("delivery", action.actionId().toString());
        outbox.add(action.actionId().toString(), Event.of(id, "ingest-service", event.brand(),
                action.actionId().toString(), now, now, new DeliveryReported(action.actionId(), action.action(),
                        action.platform(), outcome.outcome(), outcome.platformObjectId(), outcome.reason(),
                        outcome.sandbox(), action.origin(), now)));
    }
}
