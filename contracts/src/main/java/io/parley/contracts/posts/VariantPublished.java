package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;
import java.time.Instant;
import java.util.UUID;

/**
 * A variant went out: the platform's id and permalink of the post, when, and how late against its schedule.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "A variant was published on its network (or, for a sandbox channel account, its request recorded). Emitted by calendar-service; consumed by inbox-service, which links the post's conversations to the story.",
        key = "story id",
        fields = {
        "storyId: the story",
        "storyTitle: the story's title, for the screens that show which post a comment answers",
        "variantId: the variant",
        "channelAccountId: the brand's account it went out on",
        "platform: the network",
        "platformPostId: the platform's id of the post (comments on it name this id as their parent)",
        "permalink: the post's public URL, when the platform gives one",
        "scheduledFor: when it was scheduled",
        "publishedAt: when the platform accepted it",
        "delaySeconds: publishedAt minus scheduledFor, in seconds",
        "sandbox: true when nothing reached the platform (a sandbox channel account)"})
public record VariantPublished(
        UUID storyId,
        String storyTitle,
        UUID variantId,
        String channelAccountId,
        Platform platform,
        String platformPostId,
        String permalink,
        Instant scheduledFor,
        Instant publishedAt,
        long delaySeconds,
        boolean sandbox) implements Payload {

    public static final String TYPE = "parley.variant.published.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
