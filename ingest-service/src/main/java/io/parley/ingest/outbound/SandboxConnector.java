package io.parley.ingest.outbound;

import io.parley.contracts.StableIds;
import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import io.parley.ingest.sandbox.SandboxRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/**
 * For accounts in sandbox mode: records the exact request the platform would receive — method, address,
 * headers and body, the credential redacted — and reports it delivered, so the whole care flow runs
 * without touching a real page. The record joins the caller's transaction, and so commits with the
 * delivery report.
 */
@ApplicationScoped
public class SandboxConnector {

    private final Clock clock;

    @Inject
    public SandboxConnector(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public ConnectorOutcome record(ChannelAccount account, OutboundActionRequested action, PlatformRequest.Call call) {
        SandboxRequest recorded = new SandboxRequest();
        recorded.id = StableIds.of("sandbox", action.actionId().toString());
        recorded.actionId = action.actionId();
        recorded.brand = account.brand();
        recorded.platform = action.platform().id();
        recorded.channelAccountId = account.accountId();
        recorded.action = action.action().id();
        recorded.method = call.method();
        recorded.url = call.url();
        recorded.headers = SandboxRequest.headersJson(call.headers());
        recorded.contentType = call.contentType();
        recorded.body = call.body();
        recorded.requestedBy = action.requestedBy();
        recorded.recordedAt = clock.instant();
        recorded.persist();
        return ConnectorOutcome.delivered(fakeObjectId(action.actionId()), true);
    }

    /** A stable stand-in for the id the platform would have given the created object. */
    static String fakeObjectId(UUID actionId) {
        return "sandbox_" + actionId.toString().replace("-", "").substring(0, 16);
    }
}
