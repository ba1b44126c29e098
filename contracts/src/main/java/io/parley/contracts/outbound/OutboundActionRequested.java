package io.parley.contracts.outbound;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A service asks the channel gateway to act on a platform. The gateway performs each
 * {@code actionId} at most once, and reports the outcome as a {@code DeliveryReported}.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A service asks the channel gateway to act on a platform (reply, hide, delete, like, publish). Emitted by inbox-service and calendar-service; consumed by ingest-service, which performs each `actionId` at most once.",
        key = "the requesting entity (conversation id for replies)",
        fields = {
        "actionId: idempotency key of the action; the delivery report carries it back",
        "action: reply, hide, delete, ...",
        "platform: the network to act on",
        "channelAccountId: the brand's account that acts",
        "targetObjectId: the platform object acted on (the comment replied to, the post hidden)",
        "text: the text to publish, for replies and posts",
        "requestedBy: the user who asked for it (token subject or user name)",
        "origin: what in Parley asked for it (e.g. `conversation/<id>/reply/<id>`)",
        "recipientId: when set, a reply goes privately to this person as a direct message (Messenger/Instagram scoped id, X user id, VK peer id); null for public replies and other actions",
        "link: for posts, the URL to attach (null for none)",
        "media: for posts, the images to publish: `{mediaId, url, contentType, altText}`, `url` fetchable without a session (empty for none)",
        "marker: for posts, a short string that recognises the post among the account's recent posts when a request's outcome is unknown (null: the text's digest is used)",
        "notBefore: the gateway does not act before this time (a first comment's delay); null: at once"})
public record OutboundActionRequested(
        UUID actionId,
        OutboundAction action,
        Platform platform,
        String channelAccountId,
        String targetObjectId,
        String text,
        String requestedBy,
        String origin,
        String recipientId,
        String link,
        List<OutboundMedia> media,
        String marker,
        Instant notBefore) implements Payload {

    public static final String TYPE = "parley.outbound.requested.v1";

    public OutboundActionRequested {
        media = media == null ? List.of() : List.copyOf(media);
    }

    /** An action without a post's link, media, marker or delay: the shape before publishing. */
    public OutboundActionRequested(UUID actionId, OutboundAction action, Platform platform, String channelAccountId,
            String targetObjectId, String text, String requestedBy, String origin, String recipientId) {
        this(actionId, action, platform, channelAccountId, targetObjectId, text, requestedBy, origin, recipientId,
                null, List.of(), null, null);
    }

    /** A public action (no direct-message recipient): the shape before {@code recipientId} existed. */
    public OutboundActionRequested(UUID actionId, OutboundAction action, Platform platform, String channelAccountId,
            String targetObjectId, String text, String requestedBy, String origin) {
        this(actionId, action, platform, channelAccountId, targetObjectId, text, requestedBy, origin, (String) null);
    }

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.OUTBOUND;
    }
}
