package io.parley.contracts.outbound;

import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.util.UUID;

/**
 * A service asks the channel gateway to act on a platform. The gateway performs each
 * {@code actionId} at most once, and reports the outcome as a {@code DeliveryReported}.
 *
 * @param actionId         idempotency key of the action; the delivery report carries it back
 * @param action           reply, hide, delete, ...
 * @param platform         the network to act on
 * @param channelAccountId the brand's account that acts
 * @param targetObjectId   the platform object acted on (the comment replied to, the post hidden)
 * @param text             the text to publish, for replies and posts
 * @param requestedBy      the user who asked for it (token subject or user name)
 * @param origin           what in Parley asked for it (e.g. {@code conversation/<id>/reply/<id>})
 */
public record OutboundActionRequested(
        UUID actionId,
        OutboundAction action,
        Platform platform,
        String channelAccountId,
        String targetObjectId,
        String text,
        String requestedBy,
        String origin) implements Payload {

    public static final String TYPE = "parley.outbound.requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OUTBOUND;
    }
}
