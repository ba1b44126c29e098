package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import io.parley.contracts.deliveries.FailureKind;

import java.time.Instant;
import java.util.UUID;

/**
 * A variant could not be published: the gateway's final answer was a failure. Says why, and what a person does next.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A variant could not be published (the channel gateway reported the publish action failed for good). Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "storyTitle: the story's title",
        "variantId: the variant",
        "channelAccountId: the brand's account it was to go out on",
        "platform: the network",
        "scheduledFor: when it was scheduled",
        "failure: why, as a class: authorization, content_refused, rate_limited, transient, unknown_outcome, unsupported (null when the gateway gave none)",
        "reason: the platform's or the gateway's message",
        "whatToDo: what the editor does next, in words",
        "failedAt: when the gateway gave up"})
public record VariantPublishFailed(
        UUID storyId,
        String storyTitle,
        UUID variantId,
        String channelAccountId,
        Platform platform,
        Instant scheduledFor,
        FailureKind failure,
        String reason,
        String whatToDo,
        Instant failedAt) implements Payload {

    public static final String TYPE = "parley.variant.publish-failed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
