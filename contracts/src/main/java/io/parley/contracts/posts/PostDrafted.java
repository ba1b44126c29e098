package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Platform;
import io.parley.contracts.Topics;

import java.time.Instant;
import java.util.UUID;

/**
 * An editor put a draft post on the calendar.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An editor put a draft post on the calendar. Emitted by calendar-service.",
        key = "post id",
        fields = {
        "postId: the calendar's id of the post",
        "platform: the channel it is planned for",
        "title: a short working title",
        "text: the post's text",
        "plannedFor: when it is planned to go out",
        "author: the editor who drafted it"})
public record PostDrafted(
        UUID postId,
        Platform platform,
        String title,
        String text,
        Instant plannedFor,
        String author) implements Payload {

    public static final String TYPE = "parley.post.drafted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
