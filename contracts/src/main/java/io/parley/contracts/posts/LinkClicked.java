package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone followed the tracked link of a published variant. Field meanings are in {@link EventDoc#fields()} below,
 * which docs/events.md is generated from.
 */
@EventDoc(
        summary = "Someone followed a link Parley published: calendar-service's tracked redirect (`/api/v1/public/links/{code}`) counted the click and sent the visitor on to the link with the catalogue's UTM parameters. One event per click (its id is the click's); consumed by analytics-service, which counts click-throughs per post and channel.",
        key = "story id",
        fields = {
        "storyId: the story",
        "variantId: the variant whose link it was",
        "channelAccountId: the channel account the variant went out on",
        "platform: the network",
        "target: where the visitor was sent (the link with its UTM parameters)",
        "clickedAt: when the redirect was followed"})
public record LinkClicked(
        UUID storyId,
        UUID variantId,
        String channelAccountId,
        Platform platform,
        String target,
        Instant clickedAt) implements Payload {

    public static final String TYPE = "parley.link.clicked.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
