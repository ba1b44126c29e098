package io.parley.ingest.outbound;

import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * For accounts in live mode. The typed platform API clients (Graph API first) plug in here; until they
 * exist every live action fails with a reason the agent can act on, rather than being dropped.
 */
@ApplicationScoped
public class LiveConnector implements PlatformConnector {

    @Override
    public ConnectorOutcome perform(ChannelAccount account, OutboundActionRequested action) {
        return ConnectorOutcome.failed("live delivery to " + action.platform().id()
                + " is not available yet; set the channel account to sandbox", false);
    }
}
