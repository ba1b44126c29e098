package io.parley.contracts.posts;

import io.parley.contracts.EventDoc;
import io.parley.contracts.Payload;
import io.parley.contracts.Topics;
import java.util.UUID;

/**
 * An external reviewer's link was revoked; it answers 410 from now on.
 * Field meanings are in {@link EventDoc#fields()} below, which docs/events.md is generated from.
 */
@EventDoc(
        summary = "An external reviewer's link was revoked; it answers 410 from now on. Emitted by calendar-service.",
        key = "story id",
        fields = {
        "storyId: the story",
        "reviewerId: the review link's id",
        "by: who revoked it"})
public record ReviewerRevoked(
        UUID storyId,
        UUID reviewerId,
        String by) implements Payload {

    public static final String TYPE = "parley.reviewer.revoked.v1";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public String topic() {
        return Topics.POSTS;
    }
}
