package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.List;
import java.util.UUID;

/**
 * An editor created a story: one message told per channel, each channel a variant.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An editor created a story: one message told per channel, each channel a variant. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "title: its working title",
        "campaign: the campaign it belongs to, or null",
        "owner: the user who created it (its owner)",
        "variants: each variant: variantId, channelAccount, platform, scheduledFor (or null)"})
public record StoryCreated(
        UUID storyId,
        String title,
        String campaign,
        String owner,
        List<VariantRef> variants) implements Payload {

    public static final String TYPE = "parley.story.created.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
