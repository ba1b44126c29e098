package io.parley.ingest.outbound;

import io.parley.contracts.StableIds;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.channels.IngestConfig;
import io.parley.ingest.sandbox.SandboxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * For accounts in sandbox mode: records the exact platform request the live connector would send
 * (never its credentials) and reports it delivered, so the whole care flow runs without touching a
 * real page. The record joins the caller's transaction, and so commits with the delivery report.
 */
@ApplicationScoped
public class SandboxConnector implements PlatformConnector {

    private final PlatformRequests requests;
    private final Clock clock;

    @Inject
    public SandboxConnector(IngestConfig config, Clock clock) {
        this.requests = new PlatformRequests(config.meta().graphVersion());
        this.clock = clock;
    }

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectorOutcome perform(ChannelAccount account, OutboundActionRequested action) {
        PlatformRequests.Result result = requests.requestFor(action);
        if (result.request().isEmpty()) {
            return ConnectorOutcome.failed(result.refusal(), true);
        }
        record(account, action, result.request().get());
        return ConnectorOutcome.delivered(fakeObjectId(action.actionId()), true);
    }

    /** A stable stand-in for the id the platform would have given the created object. */
    static String fakeObjectId(UUID actionId) {
        return "sandbox_" + actionId.toString().replace("-", "").substring(0, 16);
    }

    private void record(ChannelAccount account, OutboundActionRequested action, PlatformRequest request) {
        SandboxRequest recorded = new SandboxRequest();
        recorded.id = StableIds.of("sandbox", action.actionId().toString());
        recorded.actionId = action.actionId();
        recorded.brand = account.brand();
        recorded.platform = action.platform().id();
        recorded.channelAccountId = account.accountId();
        recorded.action = action.action().id();
        recorded.method = request.method();
        recorded.url = request.url();
        recorded.contentType = request.contentType();
        recorded.body = request.body();
        recorded.requestedBy = action.requestedBy();
        recorded.recordedAt = clock.instant();
        recorded.persist();
    }
}
