package io.parley.ingest.outbound;

import io.parley.contracts.deliveries.DeliveryOutcome;

/**
 * What a connector did with an action.
 *
 * @param outcome          delivered or failed
 * @param platformObjectId the id of what the platform created (the reply comment), when it created one
 * @param reason           why it failed, in words an agent can act on
 * @param sandbox          true when nothing reached the platform because the account is in sandbox mode
 */
public record ConnectorOutcome(DeliveryOutcome outcome, String platformObjectId, String reason, boolean sandbox) {

    public static ConnectorOutcome delivered(String platformObjectId, boolean sandbox) {
        return new ConnectorOutcome(DeliveryOutcome.DELIVERED, platformObjectId, null, sandbox);
    }

    public static ConnectorOutcome failed(String reason, boolean sandbox) {
        return new ConnectorOutcome(DeliveryOutcome.FAILED, null, reason, sandbox);
    }
}
