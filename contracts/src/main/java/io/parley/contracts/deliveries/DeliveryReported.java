package io.parley.contracts.deliveries;

import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.outbound.OutboundAction;

import java.time.Instant;
import java.util.UUID;

/**
 * The outcome of one outbound action.
 *
 * @param actionId          the action's id from {@code OutboundActionRequested}
 * @param action            what was asked
 * @param platform          the network
 * @param outcome           delivered or failed
 * @param platformObjectId  the id the platform gave the new object (e.g. the reply comment), when delivered
 * @param reason            the platform's reason, when failed
 * @param sandbox           true when the channel account is in sandbox mode and nothing reached the platform
 * @param origin            copied from the request, so the requester can find its own record
 * @param completedAt       when the gateway got the platform's answer
 */
public record DeliveryReported(
        UUID actionId,
        OutboundAction action,
        Platform platform,
        DeliveryOutcome outcome,
        String platformObjectId,
        String reason,
        boolean sandbox,
        String origin,
        Instant completedAt) implements Payload {

    public static final String TYPE = "parley.delivery.reported.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.DELIVERIES;
    }
}
