package io.parley.ingest.outbound;

import io.parley.contracts.outbound.OutboundActionRequested;
import io.parley.ingest.channels.ChannelAccount;

/**
 * Performs an outbound action on a platform for one of a brand's channel accounts. Called inside the
 * transaction that reports the outcome, so whatever a connector records commits together with the
 * delivery report. A refusal (unsupported action, platform error) is an outcome, not an exception.
 */
public interface PlatformConnector {

    ConnectorOutcome perform(ChannelAccount account, OutboundActionRequested action);
}
